// `npm run cli -- extract FILE.txt|FILE.html`: print {"mentions":[…]} for the file's text.
// Offsets are UTF-16 indices into:
//   - .txt: the file's content exactly (decoded as UTF-8);
//   - .html/.htm: document.body.textContent of the page parsed with linkedom (the page's bytes decoded
//     with the charset it declares) after removing <script>, <style>, <noscript> and <template>, i.e.
//     the remaining text nodes of <body> concatenated in document order, nothing inserted between them.
// The output also carries "source" (which text the offsets refer to) and "length" (its length).
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../lib/detect/index';
import { extract } from '../../lib/extract/index';

const USAGE = 'usage: npm run cli -- extract <file.txt|file.html>';

export async function textOf(file: string): Promise<{ text: string; source: string }> {
  const bytes = new Uint8Array(await readFile(file));
  if (!/\.html?$/i.test(file)) return { text: new TextDecoder('utf-8').decode(bytes), source: 'file' };
  const { text: html } = decodeHtml(bytes);
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('script, style, noscript, template')]) el.remove();
  return { text: document.body?.textContent ?? '', source: 'body.textContent without script/style' };
}

export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = files[0];
  if (!file || files.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { text, source } = await textOf(file);
  const mentions = extract(text);
  process.stdout.write(`${JSON.stringify({ mentions, source, length: text.length })}\n`);
  return 0;
}
