// `npm run cli -- convert --to cn|t|tw|twp|hk [--from cn|t|tw|twp|hk] FILE`: the extension's
// conversion engine on a saved file (dictionaries compiled in memory), printed line for line.
// Without --from, the source script is detected (Traditional text is taken as OpenCC `t`).
import { readFile } from 'node:fs/promises';
import { compileConfig } from '../../lib/convert/compile';
import { configFor, SOURCES, TARGETS } from '../../lib/convert/config';
import { createConverter } from '../../lib/convert/engine';
import { detectScript } from '../../lib/convert/script';
import type { Source, Target } from '../../lib/convert/types';

const USAGE = 'usage: npm run cli -- convert --to cn|t|tw|twp|hk [--from cn|t|tw|twp|hk] FILE';

interface Args {
  to: Target;
  from: Source | null;
  file: string;
}

function parseArgs(argv: string[]): Args | string {
  let to: string | undefined;
  let from: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--to' || arg === '--from') {
      const value = argv[i + 1];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--to') to = value;
      else from = value;
      i += 1;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  if (!to || !(TARGETS as readonly string[]).includes(to)) return '--to must be one of cn, t, tw, twp, hk';
  if (from !== undefined && !(SOURCES as readonly string[]).includes(from)) return '--from must be one of cn, t, tw, twp, hk';
  const [file, ...extra] = files;
  if (!file || extra.length > 0) return 'exactly one FILE is needed';
  return { to: to as Target, from: (from as Source | undefined) ?? null, file };
}

/** Source for text whose script was not given: Simplified → cn, anything else → OpenCC t. */
export function guessSource(text: string): Source {
  return detectScript(text).script === 'simplified' ? 'cn' : 't';
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  const text = await readFile(args.file, 'utf8');
  const name = configFor(args.from ?? guessSource(text), args.to);
  const converter = name ? createConverter(compileConfig(name)) : null;
  // Line by line, keeping the file's line breaks (and a missing final newline) as they are.
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const out = converter ? converter.convert(line) : line;
    process.stdout.write(i < lines.length - 1 ? `${out}\n` : out);
  });
  return 0;
}
