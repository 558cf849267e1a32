import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportAssembler } from '@/lib/background/report-assembly';
import { packMentions } from '@/lib/messaging/mention-chunks';
import { splitReport, type ReportMention } from '@/lib/messaging/report';
import { sampleMentions, sampleReport } from '../panel/sample-report';

function bigReport() {
  const mentions = sampleMentions() as ReportMention[];
  // Chunks of two mentions each: five chunks for the nine sample mentions.
  return { report: sampleReport({ mentions: [], mentionChunks: packMentions(mentions, 2) }), mentions };
}

describe('reports split into chunks and put back together', () => {
  afterEach(() => vi.useRealTimers());

  it('a report with one chunk travels whole', async () => {
    const report = sampleReport({ mentions: [], mentionChunks: packMentions(sampleMentions()) });
    const { head, rest } = splitReport(report, 's1');
    expect(rest).toEqual([]);
    expect(await createReportAssembler().assemble(head)).toEqual({ ...sampleReport(), mentions: sampleMentions() });
  });

  it('gives the whole list once every chunk is in, in order, whatever order they arrive in', async () => {
    const { report, mentions } = bigReport();
    const { head, rest } = splitReport(report, 's2');
    expect(head.mentionChunks).toHaveLength(1);
    expect(head.stream).toEqual({ id: 's2', more: 4 });
    const assembler = createReportAssembler();
    // Two chunks before the report itself (a reply travels apart from the messages after it).
    assembler.addChunk(rest[2]!);
    assembler.addChunk(rest[0]!);
    let done = false;
    const whole = assembler.assemble(head).then((r) => ((done = true), r));
    assembler.addChunk(rest[3]!);
    await Promise.resolve();
    expect(done).toBe(false);
    assembler.addChunk(rest[1]!);
    const got = await whole;
    expect(got.mentions).toEqual(mentions);
    expect(got.mentionChunks).toBeUndefined();
    expect(got.stream).toBeUndefined();
  });

  it('gives up on a report whose chunks never all arrive', async () => {
    vi.useFakeTimers();
    const { report } = bigReport();
    const { head, rest } = splitReport(report, 's3');
    const assembler = createReportAssembler(1000);
    const whole = assembler.assemble(head);
    assembler.addChunk(rest[0]!);
    vi.advanceTimersByTime(1001);
    await expect(whole).rejects.toThrow(/incomplete/);
  });

  it('ignores malformed chunks', async () => {
    const { report, mentions } = bigReport();
    const { head, rest } = splitReport(report, 's4');
    const assembler = createReportAssembler();
    assembler.addChunk({ stream: 's4', index: 0, chunk: '[]' });
    assembler.addChunk({ stream: 's4', index: 1.5, chunk: '[]' });
    assembler.addChunk({ stream: 's4', index: 2, chunk: 7 as unknown as string });
    const whole = assembler.assemble(head);
    for (const c of rest) assembler.addChunk(c);
    expect((await whole).mentions).toEqual(mentions);
  });
});
