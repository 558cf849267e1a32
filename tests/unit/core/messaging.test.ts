import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Mention } from '@/lib/extract/types';
import { packMentions, unpackMentions } from '@/lib/messaging/mention-chunks';
import { onMessage, sendMessage, messenger } from '@/lib/messaging/protocol';
import { unpackReport, type PageReport } from '@/lib/messaging/report';

const mentionOf = (text: string, start: number): Mention => ({
  type: 'ORG', start, end: start + text.length, text, orgType: 'police', key: text, canonical: text, english: null, parent: null, refersTo: null, rule: 'test',
});

describe('typed messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
  });

  it('round-trips a request and its typed reply; mentions travel as JSON chunks', async () => {
    onMessage('extractMentions', ({ data }) => packMentions([...data.text].map((ch, i) => mentionOf(ch, i)), 2));
    const chunks = await sendMessage('extractMentions', { text: '公安部网' });
    expect(chunks).toHaveLength(2);
    let pauses = 0;
    const back = await unpackMentions(chunks, async () => {
      pauses++;
    });
    expect(back.map((m) => m.text)).toEqual(['公', '安', '部', '网']);
    expect(pauses).toBe(1);
  });

  it('gives a report its mentions back from the chunks a page sent', () => {
    const mentions = Array.from({ length: 5 }, (_, i) => ({ ...mentionOf(`名${i}`, i * 2), id: i, shown: `名${i}` }));
    const packed = { url: 'https://x.cn/', mentions: [], mentionChunks: packMentions(mentions, 2) } as unknown as PageReport;
    const report = unpackReport(packed);
    expect(report.mentions.map((m) => m.shown)).toEqual(['名0', '名1', '名2', '名3', '名4']);
    expect('mentionChunks' in report).toBe(false);
    expect(unpackReport({ ...packed, mentionChunks: ['not json'] }).mentions).toEqual([]);
  });

  it('carries async replies', async () => {
    onMessage('convertTexts', async ({ data }) => data.texts.map((t) => `${t}:${data.to}`));
    expect(await sendMessage('convertTexts', { texts: ['网络'], from: 'cn', to: 'tw', phrases: false })).toEqual(['网络:tw']);
  });
});
