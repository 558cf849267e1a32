// The script-chars.tsv table: `simplified<TAB>traditional` per line, `#` comments, blank lines ignored.

export type ScriptCharPair = [simplified: string, traditional: string];

export function parseScriptChars(text: string): ScriptCharPair[] {
  const pairs: ScriptCharPair[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [simplified, traditional, ...rest] = line.split('\t');
    if (!simplified || !traditional || rest.length > 0) throw new Error(`script-chars: malformed line ${JSON.stringify(line)}`);
    pairs.push([simplified, traditional]);
  }
  return pairs;
}

export function formatScriptChars(pairs: readonly ScriptCharPair[], header: readonly string[] = []): string {
  return [...header, ...pairs.map(([s, t]) => `${s}\t${t}`)].join('\n') + '\n';
}
