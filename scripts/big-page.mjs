// The benchmark's 1,000,000-character page (30,000 paragraphs of seed sentences), written once for
// `npm run bench` and scripts/trace-big-page.mjs so both measure the same page.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BIG_PAGE = { paragraphs: 30_000, chars: 1_000_000, host: 'www.example-big.cn', file: 'big.html' };

/** The seed articles' text without whitespace (001, with its pinyin artifacts, left out). */
export function seedText() {
  const seedDir = path.join(root, 'tests/fixtures/seeds');
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('001'))
    .map((f) => readFileSync(path.join(seedDir, f), 'utf8'))
    .join('')
    .replace(/\s+/g, '');
}

/** Writes big.html into `dir`; returns its site entry for the local server and its Han count. */
export function writeBigPage(dir, text = seedText()) {
  const per = Math.ceil(BIG_PAGE.chars / BIG_PAGE.paragraphs);
  const paras = [];
  let han = 0;
  for (let i = 0; i < BIG_PAGE.paragraphs; i++) {
    const start = (i * 97) % (text.length - per);
    const p = text.slice(start, start + per);
    han += (p.match(/[\u4e00-\u9fff]/g) ?? []).length;
    paras.push(`<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  }
  writeFileSync(path.join(dir, BIG_PAGE.file), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>大页面</title></head><body>${paras.join('\n')}</body></html>`);
  return { site: { host: BIG_PAGE.host, path: `/${BIG_PAGE.file}`, file: BIG_PAGE.file, dir }, han };
}
