import text from '../data/forum-markers.tsv?raw';
import { scoreMarkers } from '../markers';
import { parseMarkers } from '../tables/markers';
import type { Signal } from '../types';

const FORUM_MARKERS = parseMarkers(text);
/** The markers must add up to this before the signal fires. */
const THRESHOLD = 4;
const MAX_WEIGHT = 6;

/** Page of a forum (Discuz!, tieba …) (data/forum-markers.tsv): "other" even when it reposts press text. */
export const forumPlatform: Signal = {
  id: 'forum-platform',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://bbs.x.com/thread-1-1-1.html', head: '<meta name="generator" content="Discuz! X3.4">', body: '<div id="postlist"></div>' },
      { url: 'https://tieba.baidu.com/p/1' },
    ],
    noMatch: [
      { url: 'https://news.x.com/1.html', body: '<p>论坛消息</p>' },
    ],
  },
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, FORUM_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `forum (Discuz!, tieba …): ${hits.join('; ')}` };
  },
};
