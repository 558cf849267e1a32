// Test helper: parse an HTML string into a Document with happy-dom's DOMParser (scripts do not run).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function readRepoFile(...parts: string[]): string {
  return readFileSync(join(ROOT, ...parts), 'utf8');
}

export function page(body: string, head = '', lang = 'zh-CN'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}
