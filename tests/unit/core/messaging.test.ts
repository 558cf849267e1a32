import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Mention } from '@/lib/extract/types';
import { packMentions, unpackMentions } from '@/lib/messaging/mention-chunks';
import { onMessage, sendMessage, messenger } from '@/lib/messaging/protocol';

describe('typed messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
  });

  it('round-trips a request and its typed reply; mentions travel as JSON chunks', async () => {
    const mention = (text: string, start: number): Mention => ({
      type: 'ORG', start, end: start + text.length, text, orgType: 'police', key: text, canonical: text, english: null, parent: null, refersTo: null, rule: 'test',
    });
    onMessage('extractMentions', ({ data }) => packMentions([...data.text].map((ch, i) => mention(ch, i)), 2));
    const chunks = await sendMessage('extractMentions', { text: '公安部网' });
    expect(chunks).toHaveLength(2);
    let pauses = 0;
    const back = await unpackMentions(chunks, async () => {
      pauses++;
    });
    expect(back.map((m) => m.text)).toEqual(['公', '安', '部', '网']);
    expect(pauses).toBe(1);
  });

  it('carries async replies', async () => {
    onMessage('convertTexts', async ({ data }) => data.texts.map((t) => `${t}:${data.to}`));
    expect(await sendMessage('convertTexts', { texts: ['网络'], from: 'cn', to: 'tw', phrases: false })).toEqual(['网络:tw']);
  });
});
