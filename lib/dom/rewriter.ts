import { collectTargets, collectTargetsSliced, isInsideSkipped } from './collect';
import { READABLE_ATTRIBUTES } from './skip';
import { ownerElement, readTarget, writeTarget, type TextTarget } from './targets';
import { createSliceClock, createWriteClock } from './yield';

/** Maps original texts to the texts to show; one output per input, in order. */
export type Transform = (originals: string[], owners: (Element | null)[]) => Promise<string[]>;

interface WriteRecord {
  original: string;
  written: string;
  /** How many times the page rewrote this place after we did; past a limit we stop fighting. */
  contested: number;
}

export interface RewriterOptions {
  doc: Document;
  /** Which texts are worth transforming at all (cheap test). */
  accept: (text: string) => boolean;
  /** Called after a batch of writes changed what the page shows. */
  onWrite?: () => void;
  /** Main-thread budget per slice, ms. */
  sliceMs?: number;
}

/** Where the time of the last whole-page pass went (main-thread ms, and ms waiting for the transform). */
export interface PassStats {
  /** Wall time of the whole pass, from the request to the last write. */
  totalMs: number;
  targets: number;
  collectMs: number;
  readMs: number;
  transformWaitMs: number;
  writeMs: number;
  writes: number;
}

export interface PageRewriter {
  /**
   * Shows the whole document through `transform` and keeps new content transformed.
   * `beforeWrite` runs once, just before the pass's first write (or at its end if it writes
   * nothing): a change to the page that costs a relayout of everything, such as its `lang`, lands
   * in the same frame as the converted text instead of a frame of its own. On a page of several
   * batches it comes with the later batches' writes, so the page is laid out whole once.
   */
  apply(transform: Transform, beforeWrite?: () => void): Promise<PassStats>;
  /** Gives back the exact original text, except where the page has since written its own. */
  restore(): void;
  readonly active: boolean;
  /** The page's own text for a node (what it was before we wrote, or its current text). */
  originalOf(node: Text): string;
  /** Number of places currently showing transformed text. */
  readonly written: number;
  dispose(): void;
}

const MAX_CONTESTED = 3;
const RESCAN_THRESHOLD = 2000;
/**
 * Characters per transform request. Handing a batch over (and taking its reply) is one piece of
 * main-thread work that cannot be sliced: about 20 ms for 200k characters on a loaded 2-core box,
 * under the 50 ms long-task line; smaller batches only added round trips.
 */
const BATCH_CHARS = 200_000;

/**
 * Read, then write (tongwentang/darkreader style): a walker collects targets, the transform works on
 * strings, and a final pass writes only values that change. Originals are kept per node so restore is
 * exact; one MutationObserver keeps dynamic content transformed and ignores our own writes.
 */
export function createPageRewriter(options: RewriterOptions): PageRewriter {
  const { doc, accept } = options;
  const sliceMs = options.sliceMs ?? 8;
  const texts = new Map<Text, WriteRecord>();
  const attrs = new Map<Element, Map<string, WriteRecord>>();
  const observedRoots = new Set<Node>();
  let transform: Transform | null = null;
  let generation = 0;
  let pending: MutationRecord[] = [];
  let draining = false;

  /** The page's changes, handled after what is already pending. */
  function queue(records: MutationRecord[]): void {
    if (records.length === 0) return;
    for (const record of records) pending.push(record);
    if (!draining) void drain();
  }
  const observer = new MutationObserver(queue);

  const OBSERVED: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...READABLE_ATTRIBUTES],
  };

  function observe(root: Node): void {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, OBSERVED);
  }

  /**
   * Our own writes are not changes of the page: the observer is off while a slice writes, so the
   * browser makes no record of them (a pass over 30,000 paragraphs made 30,000 records, about
   * 50 ms to create and to look through in one task). A slice runs no page code, so nothing the
   * page does is missed; what was queued before the slice is kept.
   */
  function pauseObserving(): void {
    const queued = observer.takeRecords();
    observer.disconnect();
    queue(queued);
  }
  function resumeObserving(): void {
    for (const root of observedRoots) observer.observe(root, OBSERVED);
  }

  function recordOf(target: TextTarget): WriteRecord | undefined {
    return target.kind === 'text' ? texts.get(target.node) : attrs.get(target.el)?.get(target.name);
  }

  function setRecord(target: TextTarget, rec: WriteRecord): void {
    if (target.kind === 'text') texts.set(target.node, rec);
    else {
      let byName = attrs.get(target.el);
      if (!byName) attrs.set(target.el, (byName = new Map()));
      byName.set(target.name, rec);
    }
  }

  function deleteRecord(target: TextTarget): void {
    if (target.kind === 'text') texts.delete(target.node);
    else attrs.get(target.el)?.delete(target.name);
  }

  /** The page's own text for a target: our original if what is shown is what we wrote. */
  function sourceOf(target: TextTarget, current: string): string {
    const rec = recordOf(target);
    return rec && rec.written === current ? rec.original : current;
  }

  async function run(targets: TextTarget[], gen: number, stats?: PassStats): Promise<void> {
    const fn = transform;
    if (!fn) return;
    let mark = performance.now();
    // Read phase: what each place shows now, and the page's own text behind it, in frame-sized
    // slices (the write phase checks again that each place still shows what was read).
    const shown: string[] = [];
    const sources: string[] = [];
    const owners: (Element | null)[] = [];
    const live: TextTarget[] = [];
    const readClock = createSliceClock(sliceMs);
    for (let t = 0; t < targets.length; t++) {
      if (t % 256 === 255 && readClock.expired()) {
        if (stats) stats.readMs += performance.now() - mark;
        await readClock.yield();
        if (gen !== generation) return;
        mark = performance.now();
      }
      const target = targets[t]!;
      const current = readTarget(target);
      if (current === null) continue;
      const rec = recordOf(target);
      if (rec && rec.contested >= MAX_CONTESTED) continue;
      live.push(target);
      shown.push(current);
      sources.push(sourceOf(target, current));
      owners.push(ownerElement(target));
    }
    if (stats) stats.readMs += performance.now() - mark;
    // Writes in slices as long as the page's rendering of the last one (frame-sized on most pages;
    // see createWriteClock). False when a newer pass took over.
    const clock = createWriteClock(sliceMs);
    // `whole`: written in one task (no slices); `holdChange`: the once-per-pass change waits for a
    // later write.
    const write = async (i: number, j: number, out: string[], { whole = false, holdChange = false } = {}): Promise<boolean> => {
      mark = performance.now();
      let wrote = false;
      pauseObserving();
      let paused = true;
      try {
        for (let k = i; k < j; k++) {
          const target = live[k]!;
          const current = readTarget(target);
          // The page changed it since we read it: its mutation record will bring it back to us.
          if (current !== shown[k]) continue;
          const next = out[k - i]!;
          const source = sources[k]!;
          if (next === source) {
            // Nothing to show differently; put back the page's text if we had written over it.
            if (current !== source) writeTarget(target, source);
            deleteRecord(target);
            continue;
          }
          const prev = recordOf(target);
          setRecord(target, { original: source, written: next, contested: prev?.contested ?? 0 });
          if (current !== next) {
            if (!holdChange) beforeFirstWrite();
            writeTarget(target, next);
            wrote = true;
            if (stats) stats.writes++;
          }
          if (!whole && clock.expired() && k + 1 < j) {
            resumeObserving();
            paused = false;
            options.onWrite?.();
            if (stats) stats.writeMs += performance.now() - mark;
            await clock.yield();
            if (gen !== generation) return false;
            mark = performance.now();
            pauseObserving();
            paused = true;
          }
        }
      } finally {
        if (paused) resumeObserving();
      }
      if (wrote) options.onWrite?.();
      if (stats) stats.writeMs += performance.now() - mark;
      return true;
    };
    // Transform in batches. The first is written as soon as it is ready: the top of the page,
    // what the reader sees. The others are written together once all are ready, in one task, with
    // the once-per-pass change: every frame that shows new text re-lays out the blocks around it,
    // which on a page of hundreds of thousands of characters costs hundreds of ms a frame, and a
    // new lang re-lays out all of it, so one frame for all of that costs the least.
    const later: [number, number, string[]][] = [];
    let i = 0;
    while (i < live.length) {
      let chars = 0;
      let j = i;
      while (j < live.length && (chars < BATCH_CHARS || j === i)) chars += sources[j++]!.length;
      const first = i === 0;
      const last = j >= live.length;
      if (!first) {
        // Each later hand-over in a task of its own, not in that of the last reply or writes.
        await clock.yield();
        if (gen !== generation) return;
      }
      mark = performance.now();
      const out = await fn(sources.slice(i, j), owners.slice(i, j));
      if (gen !== generation) return;
      if (stats) stats.transformWaitMs += performance.now() - mark;
      if (first && last) {
        // A page of one batch writes in the task that took the reply: no frame between.
        clock.reset();
      } else if (first || last) {
        // Writes follow (the first batch's, or all the later ones'): not in the reply's task.
        await clock.yield();
        if (gen !== generation) return;
      }
      if (first) {
        // On a page of several batches, the once-per-pass change (its lang: a relayout of the whole
        // page) waits for the last writes, so the page is laid out whole once, not twice.
        if (!(await write(i, j, out, { holdChange: !last }))) return;
      } else later.push([i, j, out]);
      i = j;
    }
    for (const [from, to, out] of later) if (!(await write(from, to, out, { whole: true }))) return;
  }

  /** What a whole-page pass does to the page once, with its first write (or at its end). */
  let onFirstWrite: (() => void) | null = null;
  function beforeFirstWrite(): void {
    const hook = onFirstWrite;
    onFirstWrite = null;
    hook?.();
  }

  function targetsFromMutations(records: MutationRecord[]): TextTarget[] | 'rescan' {
    const out: TextTarget[] = [];
    const seen = new Set<Node | string>();
    for (const m of records) {
      if (m.type === 'characterData') {
        const node = m.target as Text;
        if (seen.has(node) || !node.isConnected) continue;
        seen.add(node);
        const rec = texts.get(node);
        if (rec && node.data === rec.written) continue; // our own write
        // The page put back the text we replaced: another converter, or a page that guards its text.
        if (rec && node.data === rec.original) rec.contested++;
        if (!accept(node.data) && !rec) continue;
        if (isInsideSkipped(node)) continue;
        out.push({ kind: 'text', node });
      } else if (m.type === 'attributes') {
        const el = m.target as Element;
        const name = m.attributeName!;
        const value = el.getAttribute(name);
        const rec = attrs.get(el)?.get(name);
        if (rec && value === rec.written) continue;
        if (rec && value === rec.original) rec.contested++;
        if (value === null || (!accept(value) && !rec) || isInsideSkipped(el)) continue;
        out.push({ kind: 'attr', el, name });
      } else {
        for (const node of Array.from(m.addedNodes)) {
          if (seen.has(node) || !node.isConnected) continue;
          seen.add(node);
          if (node.nodeType === 3) {
            const text = node as Text;
            const rec = texts.get(text);
            if (rec && text.data === rec.written) continue;
            if (accept(text.data) && !isInsideSkipped(text)) out.push({ kind: 'text', node: text });
          } else if (node.nodeType === 1 || node.nodeType === 11) {
            if (node.nodeType === 1 && isInsideSkipped(node)) continue;
            out.push(...collectTargets(node, { accept, onShadowRoot: observe }));
          }
          if (out.length > RESCAN_THRESHOLD) return 'rescan';
        }
      }
    }
    return out;
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (pending.length > 0 && transform) {
        const batch = pending;
        pending = [];
        const gen = generation;
        const targets = targetsFromMutations(batch);
        if (targets === 'rescan') await run(collectAll(), gen);
        else if (targets.length > 0) await run(targets, gen);
      }
      pending = [];
    } finally {
      draining = false;
    }
  }

  function collectAll(): TextTarget[] {
    const root = doc.documentElement;
    if (!root) return [];
    return collectTargets(root, { accept, onShadowRoot: observe });
  }

  return {
    async apply(next: Transform, beforeWrite?: () => void): Promise<PassStats> {
      transform = next;
      onFirstWrite = beforeWrite ?? null;
      const gen = ++generation;
      const stats: PassStats = { totalMs: 0, targets: 0, collectMs: 0, readMs: 0, transformWaitMs: 0, writeMs: 0, writes: 0 };
      const t0 = performance.now();
      observe(doc);
      const root = doc.documentElement;
      const targets = root ? await collectTargetsSliced(root, { accept, onShadowRoot: observe }, sliceMs) : [];
      if (gen !== generation) return stats;
      // Places we wrote earlier that this pass no longer accepts still need their original back.
      const collected = new Set<Node>(targets.map((t) => (t.kind === 'text' ? t.node : t.el)));
      for (const node of texts.keys()) if (!collected.has(node) && node.isConnected) targets.push({ kind: 'text', node });
      for (const [el, byName] of attrs) {
        if (collected.has(el) || !el.isConnected) continue;
        for (const name of byName.keys()) targets.push({ kind: 'attr', el, name });
      }
      stats.targets = targets.length;
      stats.collectMs = performance.now() - t0;
      await run(targets, gen, stats);
      if (gen !== generation) return stats;
      // Let mutations that arrived while we worked catch up before we say we are done.
      if (pending.length > 0 && !draining) await drain();
      // A pass that wrote nothing (the page already reads so) still does what it does once.
      if (gen === generation) beforeFirstWrite();
      stats.totalMs = performance.now() - t0;
      return stats;
    },
    restore(): void {
      generation++;
      transform = null;
      onFirstWrite = null;
      pending = [];
      observer.disconnect();
      observedRoots.clear();
      for (const [node, rec] of texts) {
        if (node.data === rec.written) node.data = rec.original;
      }
      for (const [el, byName] of attrs) {
        for (const [name, rec] of byName) {
          if (el.getAttribute(name) === rec.written) el.setAttribute(name, rec.original);
        }
      }
      texts.clear();
      attrs.clear();
      options.onWrite?.();
    },
    get active(): boolean {
      return transform !== null;
    },
    originalOf(node: Text): string {
      const rec = texts.get(node);
      return rec && rec.written === node.data ? rec.original : node.data;
    },
    get written(): number {
      let n = texts.size;
      for (const byName of attrs.values()) n += byName.size;
      return n;
    },
    dispose(): void {
      generation++;
      transform = null;
      onFirstWrite = null;
      observer.disconnect();
    },
  };
}
