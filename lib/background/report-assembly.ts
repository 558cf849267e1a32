import { unpackReport, type PageReport, type ReportChunk } from '@/lib/messaging/report';

/** How long a report waits for its remaining chunks before it is given up. */
const STREAM_TIMEOUT_MS = 30_000;

interface Pending {
  head: PageReport | null;
  chunks: string[];
  received: number;
  resolve: ((report: PageReport) => void) | null;
  reject: ((err: Error) => void) | null;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Puts together reports whose mentions come in several messages (PageReport.stream): the report
 * with its first chunk, then one `reportChunk` message per further chunk. Chunks may arrive before
 * their report (a report that is a reply travels on another channel than the messages after it).
 */
export interface ReportAssembler {
  /** The whole report, once every chunk has arrived (at once when it had no more to come). */
  assemble(head: PageReport): Promise<PageReport>;
  addChunk(chunk: ReportChunk): void;
}

export function createReportAssembler(timeoutMs = STREAM_TIMEOUT_MS): ReportAssembler {
  const pending = new Map<string, Pending>();

  function entry(id: string): Pending {
    let p = pending.get(id);
    if (!p) {
      const created: Pending = {
        head: null,
        chunks: [],
        received: 0,
        resolve: null,
        reject: null,
        timer: setTimeout(() => {
          pending.delete(id);
          created.reject?.(new Error('report incomplete: chunks missing'));
        }, timeoutMs),
      };
      p = created;
      pending.set(id, p);
    }
    return p;
  }

  function finish(id: string, p: Pending): void {
    if (!p.head || !p.resolve || p.received < (p.head.stream?.more ?? 0)) return;
    clearTimeout(p.timer);
    pending.delete(id);
    const first = p.head.mentionChunks ?? [];
    p.resolve(unpackReport({ ...p.head, mentionChunks: [...first, ...p.chunks] }));
  }

  return {
    assemble(head) {
      const stream = head.stream;
      if (!stream || stream.more <= 0) return Promise.resolve(unpackReport(head));
      return new Promise((resolve, reject) => {
        const p = entry(stream.id);
        p.head = head;
        p.resolve = resolve;
        p.reject = reject;
        finish(stream.id, p);
      });
    },
    addChunk({ stream, index, chunk }) {
      if (typeof stream !== 'string' || !Number.isInteger(index) || index < 1 || typeof chunk !== 'string') return;
      const p = entry(stream);
      if (p.chunks[index - 1] === undefined) p.received++;
      p.chunks[index - 1] = chunk;
      finish(stream, p);
    },
  };
}
