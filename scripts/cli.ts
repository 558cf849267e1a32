// `npm run cli -- <command> …`: the extension's engines on saved files, for bulk work.
// Each command lives in scripts/cli/<command>.ts and exports `main(argv): Promise<number>`.
const commands: Record<string, string> = {
  convert: 'convert <file> --to cn|t|tw|twp|hk [--from cn|t|tw|hk]   print the converted text, line for line',
  detect: 'detect <page.html> [--url URL]                           print the page decision as JSON',
  extract: 'extract <file.txt|file.html>                             print {"mentions":[…]} with UTF-16 offsets',
};

function usage(): string {
  return ['usage: npm run cli -- <command> …', ...Object.values(commands).map((c) => `  ${c}`)].join('\n');
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || !(name in commands)) {
    process.stderr.write(`${usage()}\n`);
    return name ? 2 : 0;
  }
  const mod = (await import(`./cli/${name}.ts`)) as { main: (args: string[]) => Promise<number> };
  return mod.main(rest);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
