import blog from '../data/blog-markers.tsv?raw';
import contentFarm from '../data/content-farm-markers.tsv?raw';
import forum from '../data/forum-markers.tsv?raw';
import selfMedia from '../data/self-media-markers.tsv?raw';
import shop from '../data/shop-markers.tsv?raw';
import { parseMarkers } from './markers';

let selectors: string[] | null = null;

/**
 * The `selector` markers of every platform table (see markers.ts): the only markers that need the
 * page's DOM. The page tests them while it takes its snapshot; the rest of the tables are read where
 * the snapshot is classified. Read from the same data files, so a new selector row needs no code.
 */
export function markerSelectors(): readonly string[] {
  selectors ??= [
    ...new Set(
      [blog, contentFarm, forum, selfMedia, shop].flatMap((text) => parseMarkers(text).filter((m) => m.type === 'selector').map((m) => m.value)),
    ),
  ];
  return selectors;
}
