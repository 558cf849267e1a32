// `npm run cli -- detect PAGE.html [--url URL]`: run the page detector on a saved page and print JSON.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectPage } from '../../lib/detect/index';
import { decodeHtmlExplained } from '../../lib/detect/decode';

const USAGE = 'usage: npm run cli -- detect <page.html> [--url URL]';

export async function main(argv: string[]): Promise<number> {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!file) file = arg;
    else {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
  }
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const bytes = new Uint8Array(await readFile(file));
  const { text, charset, declared, how, replaced } = decodeHtmlExplained(bytes);
  const { document } = parseHTML(text);
  const started = performance.now();
  const result = detectPage(document as unknown as Document, url ?? pathToFileURL(resolve(file)).href);
  const ms = performance.now() - started;
  const out = {
    file,
    charset,
    // How the charset was chosen (bom, declared, mislabelled, sniffed, default) and what could not be decoded.
    decoding: { declared, how, replaced },
    kind: result.kind,
    confidence: result.confidence,
    script: result.script,
    hasChinese: result.hasChinese,
    isArticle: result.isArticle,
    article: result.article,
    evidence: result.evidence,
    metadata: result.metadata,
    ms: Math.round(ms * 100) / 100,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
