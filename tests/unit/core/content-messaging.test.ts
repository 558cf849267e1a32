import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as content from '@/lib/content/messaging';
import * as extension from '@/lib/messaging/protocol';

// The content script's polyfill-free listener must speak @webext-core/messaging's wire format,
// in which the background sends (the content script's own requests go on its port: page-port.ts).
type RootListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

describe('content-script messaging', () => {
  const removers: (() => void)[] = [];
  let root: RootListener | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    extension.messenger.removeAllListeners();
    root = null;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: RootListener) => {
      root = l;
    }) as never);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(((l: RootListener) => {
      if (root === l) root = null;
    }) as never);
  });
  afterEach(() => {
    while (removers.length) removers.pop()!();
    vi.restoreAllMocks();
  });

  /** Deliver a message as Chrome does: (message, sender, sendResponse); only `true` keeps the channel open. */
  const deliver = (message: unknown): Promise<{ kept: unknown; reply: unknown }> =>
    new Promise((resolve) => {
      const box: { kept?: unknown } = {};
      box.kept = root!(message, { id: 'x' }, (reply) => resolve({ kept: box.kept, reply }));
    });

  it('answers the extension side, sync and async handlers, through sendResponse', async () => {
    removers.push(content.onMessage('setHighlights', ({ data }) => !data.on));
    removers.push(content.onMessage('getPageReport', async () => ({ url: 'u' }) as never));
    expect(await deliver({ id: 1, type: 'setHighlights', data: { on: true }, timestamp: Date.now() })).toEqual({ kept: true, reply: { res: false } });
    expect(await deliver({ id: 2, type: 'getPageReport', timestamp: Date.now() })).toEqual({ kept: true, reply: { res: { url: 'u' } } });
  });

  it('leaves alone messages it has no handler for, and foreign messages', () => {
    removers.push(content.onMessage('setHighlights', () => true));
    const never = () => {
      throw new Error('answered');
    };
    expect(root!({ id: 1, type: 'getSelectionText', timestamp: 1 }, {}, never)).toBeUndefined();
    expect(root!({ type: 'setHighlights' }, {}, never)).toBeUndefined();
    expect(root!('ping', {}, never)).toBeUndefined();
  });

  it('carries errors back to the extension side', async () => {
    removers.push(
      content.onMessage('revealMention', () => {
        throw new TypeError('no such mention');
      }),
    );
    const { reply } = await deliver({ id: 3, type: 'revealMention', data: { mentionId: 1, flash: false }, timestamp: 1 });
    expect(reply).toMatchObject({ err: { name: 'TypeError', message: 'no such mention' } });
  });

  it('allows one handler per type and stops listening when the last one is removed', () => {
    const remove = content.onMessage('setHighlights', () => true);
    expect(() => content.onMessage('setHighlights', () => false)).toThrow(/only one listener/);
    expect(root).not.toBeNull();
    remove();
    expect(root).toBeNull();
  });
});
