// Node ESM loader hook: lets Node-side scripts (CLI, eval, bench) import data files the way Vite
// does in the extension build, with a `?raw` suffix that yields the file's text as default export.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('?raw')) {
    const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
    return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(text)};` };
  }
  return nextLoad(url, context);
}
