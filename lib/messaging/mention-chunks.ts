// Mentions cross between the background and a page as JSON text in chunks: structured-cloning
// ~13,000 objects in one reply was one long task on the page that received them (over 100 ms on a
// 1M-character page). A list of strings clones in one cheap copy; the page then parses one chunk
// per slice of its own work.
import type { Mention } from '@/lib/extract/types';

/** Mentions per chunk: parsing one takes well under a frame. */
export const MENTIONS_PER_CHUNK = 400;

export function packMentions(mentions: readonly Mention[], size = MENTIONS_PER_CHUNK): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < mentions.length; i += size) chunks.push(JSON.stringify(mentions.slice(i, i + size)));
  return chunks;
}

/** Parses the chunks back in order, giving the caller's thread back between chunks. */
export async function unpackMentions(chunks: readonly string[], pause: () => Promise<void>): Promise<Mention[]> {
  const out: Mention[] = [];
  for (let i = 0; i < chunks.length; i++) {
    if (i > 0) await pause();
    const parsed: unknown = JSON.parse(chunks[i] ?? '[]');
    if (Array.isArray(parsed)) out.push(...(parsed as Mention[]));
  }
  return out;
}
