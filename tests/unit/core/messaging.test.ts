import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage, messenger } from '@/lib/messaging/protocol';

describe('typed messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
  });

  it('round-trips a request and its typed reply', async () => {
    onMessage('extractMentions', ({ data }) => [
      { type: 'ORG', start: 0, end: data.text.length, text: data.text, orgType: 'police', key: 'k', canonical: data.text, english: null, parent: null, refersTo: null, rule: 'test' },
    ]);
    const reply = await sendMessage('extractMentions', { text: '公安部' });
    expect(reply).toHaveLength(1);
    expect(reply[0]!.text).toBe('公安部');
  });

  it('carries async replies', async () => {
    onMessage('convertTexts', async ({ data }) => data.texts.map((t) => `${t}:${data.to}`));
    expect(await sendMessage('convertTexts', { texts: ['网络'], from: 'cn', to: 'tw', phrases: false })).toEqual(['网络:tw']);
  });
});
