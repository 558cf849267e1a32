// Mentions cross between the background and a page as JSON text in chunks, both ways (the
// extraction reply, the page's reports): structured-cloning ~13,000 objects in one message is one
// long task for whichever side sends or receives it on a 1M-character page. A list of strings
// clones in one cheap copy; a page makes and parses one chunk per slice of its own work.
import type { Mention } from '@/lib/extract/types';

/** Mentions per chunk: parsing one takes well under a frame. */
export const MENTIONS_PER_CHUNK = 400;

export function packMentions<M extends Mention>(mentions: readonly M[], size = MENTIONS_PER_CHUNK): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < mentions.length; i += size) chunks.push(JSON.stringify(mentions.slice(i, i + size)));
  return chunks;
}

/** One chunk's mentions (none when the text is not a JSON list). */
export function parseChunk<M extends Mention>(chunk: string): M[] {
  const parsed: unknown = JSON.parse(chunk);
  return Array.isArray(parsed) ? (parsed as M[]) : [];
}

/** Parses the chunks back in order, giving the caller's thread back between chunks. */
export async function unpackMentions<M extends Mention = Mention>(chunks: readonly string[], pause: () => Promise<void>): Promise<M[]> {
  const out: M[] = [];
  for (let i = 0; i < chunks.length; i++) {
    if (i > 0) await pause();
    out.push(...parseChunk<M>(chunks[i] ?? '[]'));
  }
  return out;
}
