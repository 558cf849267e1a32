// Trace one text through lib/extract: every mention with its rule, then every dropped candidate with
// the exclusion rule that dropped it.
//   node --import tsx --import ./scripts/register-raw.mjs scripts/dbg-extract.ts '宁波市公安局网安支队…'
import { explain } from '../lib/extract/index';

const text = process.argv[2] ?? '';
const { mentions, rejections } = explain(text);
const lines: string[] = [];
for (const m of mentions) {
  const detail =
    m.type === 'ORG'
      ? `${m.orgType} key=${m.key} parent=${m.parent} refersTo=${m.refersTo} english=${m.english}`
      : `${m.value} ${m.unit} ${m.kind} approx=${m.approx} subject=${m.subject}`;
  lines.push(`${m.type} ${m.start}-${m.end} ${m.text} [${m.rule}] ${detail}`);
}
for (const r of rejections) lines.push(`  dropped ${r.start}-${r.end} ${text.slice(r.start, r.end)} [${r.rule}]`);
process.stdout.write(`${lines.join('\n')}\n`);
