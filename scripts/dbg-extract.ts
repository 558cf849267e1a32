import { explain } from '../lib/extract/index';
const t = process.argv[2] ?? '';
const r = explain(t);
for (const m of r.mentions) console.log(m.type, m.start, m.end, m.text, m.rule, m.type === 'ORG' ? `${m.key} parent=${m.parent} ref=${m.refersTo} en=${m.english}` : `${m.value} ${m.unit} ${m.kind} ${m.approx} subj=${m.subject}`);
for (const x of r.rejections) console.log('  rej', x.start, x.end, t.slice(x.start, x.end), x.rule);
