import type { Source, Target } from '@/lib/convert/types';
import { hasPinyinArtifacts, stripPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';
import { findArticleRegion } from '@/lib/detect/article';
import { capturePage, type PageCapture } from '@/lib/detect/capture';
import { hasChineseText } from '@/lib/detect/has-chinese';
import { createPageRewriter, type PassStats, type Transform } from '@/lib/dom/rewriter';
import { createLangSwitcher } from '@/lib/dom/lang';
import { hasHan } from '@/lib/dom/han';
import { buildTextMap, rangeForSpan, type TextMap } from '@/lib/dom/text-map';
import { createHighlighter, type Highlighter } from '@/lib/dom/highlight';
import { createSliceClock } from '@/lib/dom/yield';
import type { Mention } from '@/lib/extract/types';
import { MENTIONS_PER_CHUNK, packMentions } from '@/lib/messaging/mention-chunks';
import type { PageVerdict } from '@/lib/messaging/protocol';
import { describeVerdict, type ConversionState, type PageReport, type PageScript, type ReportMention } from '@/lib/messaging/report';
import type { Settings } from '@/lib/settings/types';
import { decideAutoConversion } from '@/lib/settings/site-rule';
import { sourceFor, traditionalVariant } from './sources';
import { newSessionId, WRITTEN_MARK } from './session-hook';
import type { CostMeter } from './cost-meter';

/** What the session needs from the extension: injected so the session can be tested without one. */
export interface SessionServices {
  convertTexts(texts: string[], from: Source, to: Target, phrases: boolean): Promise<string[]>;
  extractMentions(text: string): Promise<Mention[]>;
  /** Classifies a page from its capture (the background does it, where the signal tables live). */
  detect(capture: PageCapture): Promise<PageVerdict>;
  report(report: PageReport): void;
  /** Called before the session first writes to the page (the script watches its extension from then on). */
  writing?(): void;
}

export interface PageSession {
  convert(target: Target | null): Promise<ConversionState>;
  /** The report as it stands (its mentions may not be extracted yet: see `extracted`). */
  report(): PageReport;
  /**
   * The report with the article's mentions. Extraction happens on the first such request (the
   * panel or a test asking), not at page load: most pages are read without a summary. From then
   * on the session keeps the mentions fresh as the page changes.
   */
  fullReport(): Promise<PageReport>;
  setHighlights(on: boolean): Promise<boolean>;
  reveal(mentionId: number, flash: boolean): boolean;
  onSettingsChanged(settings: Settings): void;
  dispose(): void;
}

const REFRESH_DELAY_MS = 400;
const REFRESH_MAX_WAIT_MS = 2000;

/** Mentions as the page shows them, as a list and as the JSON chunks reports carry. */
interface ShownMentions {
  list: ReportMention[];
  chunks: string[];
}

/** What the loader already knows of the page when it starts the session. */
export interface SessionStart {
  /** The cheap Chinese-text test found some: don't run it again. */
  knownChinese?: boolean;
  /** The page's classification at `url`, which the loader had at load: not asked for again. */
  verdict?: { url: string; verdict: PageVerdict } | null;
  /** The page load's id, which the loader's report already carried. */
  sessionId?: string;
  /** The page-load cost, when the loader had settled before anything was asked of the page. */
  loadCostMs?: number | null;
}

/**
 * One page's life in the content script: detection, conversion state, extraction and highlights.
 * Cheap until the page has Chinese text; everything long-lived stops on `signal`.
 */
export function createPageSession(
  doc: Document,
  services: SessionServices,
  signal: AbortSignal,
  cost: CostMeter,
  /** The reader's settings at the start (changes come through onSettingsChanged). */
  initialSettings: Settings,
  known: SessionStart = {},
): PageSession {
  const knownChinese = known.knownChinese ?? false;
  const win = doc.defaultView!;
  let settings = initialSettings;
  let revision = 0;
  let hasChinese = false;
  let detection: PageReport['detection'] = null;
  let metadata: PageReport['metadata'] = null;
  let article: PageReport['article'] = null;
  /** The article's element, found when extraction first needs it (undefined: not looked for yet). */
  let articleRoot: Element | null | undefined;
  let script: PageScript = 'none';
  let traditional: Source = 't';
  let target: Target | null = null;
  let auto: string | null = null;
  let lastPass: PassStats | null = null;
  let loadCostMs: number | null = known.loadCostMs ?? null;
  let converting = false;
  const sessionId = known.sessionId ?? newSessionId();
  let artifactCount = 0;
  let artifactsHidden = false;
  let mentions: ReportMention[] = [];
  let textMap: TextMap | null = null;
  let highlightsOn = false;
  let lastUrl = win.location.href;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let extracting: Promise<void> | null = null;
  /** Someone asked for the mentions: extract now and whenever the article changes. */
  let wanted = false;
  /** The mentions reflect the article as it is (or there is nothing to extract). */
  let extracted = false;
  // Pages without Chinese text are re-checked a few times (late-loading content), then left alone.
  let rechecksLeft = 5;

  const rewriter = createPageRewriter({
    doc,
    accept: (text) => hasHan(text) || (artifactsHidden && hasPinyinArtifacts(text)),
    // Writes of a whole-page pass are ours; writes for new page content mean the article changed.
    onWrite: () => {
      if (!converting) scheduleRefresh();
    },
  });
  const langs = createLangSwitcher(doc);
  /**
   * Made on first use: looking for the Highlight API sets up the page's CSS and Highlight bindings,
   * milliseconds a page that never shows highlights need not pay.
   */
  let highlighter: Highlighter | null | undefined;
  const highlights = (): Highlighter | null => (highlighter === undefined ? (highlighter = createHighlighter(doc)) : highlighter);
  const contentObserver = new MutationObserver(() => scheduleRefresh());

  // This script is going away (its extension was reloaded, updated or disabled, or a newer copy
  // of it started): only it knows the page's original text, so it gives the page back as served
  // before it goes. Restore is local and synchronous: no message to a background that may be gone.
  signal.addEventListener('abort', () => {
    restoreAll();
    clearTimeout(refreshTimer);
    contentObserver.disconnect();
    rewriter.dispose();
    highlighter?.clear();
  });

  function conversionState(): ConversionState {
    return {
      target,
      source: target === null ? null : target === 'cn' ? traditional : 'cn',
      pinyinArtifacts: artifactCount,
      artifactsHidden,
      written: rewriter.written,
      auto,
      lastPass,
    };
  }

  /** The mentions as JSON chunks, for reports (null while there are none). */
  let mentionChunks: string[] | null = null;
  function setMentions(shown: ShownMentions | null): void {
    mentions = shown?.list ?? [];
    mentionChunks = shown && shown.list.length > 0 ? shown.chunks : null;
  }

  function buildReport(): PageReport {
    return {
      url: win.location.href,
      hasChinese,
      detection,
      metadata,
      article,
      ...(mentionChunks === null ? { mentions } : { mentions: [], mentionChunks }),
      extracted: extracted || !hasChinese,
      conversion: conversionState(),
      highlights: highlightsOn,
      costMs: Math.round((loadCostMs ?? cost.totalMs) * 100) / 100,
      detectMs: Math.round(cost.detectMs * 100) / 100,
      revision,
      session: sessionId,
    };
  }

  /** Reports go out at most once per turn of the event loop, however many changes it made. */
  let publishQueued = false;
  function publish(): void {
    revision++;
    if (publishQueued) return;
    publishQueued = true;
    queueMicrotask(() => {
      publishQueued = false;
      if (!signal.aborted) services.report(buildReport());
    });
  }

  function makeTransform(to: Target | null, hide: boolean): Transform {
    const phrases = settings.phraseLocalization;
    return async (originals, owners) => {
      const out = hide ? originals.map((t) => (hasPinyinArtifacts(t) ? stripPinyinArtifacts(t) : t)) : originals.slice();
      if (to === null) return out;
      const groups = new Map<Source, number[]>();
      const rootLang = langs.originalOf(doc.documentElement);
      const langCache = new Map<Element, string | null>();
      const langOf = (owner: Element | null): string | null => {
        if (!owner || ignoreLangs) return null;
        let lang = langCache.get(owner);
        if (lang === undefined) {
          const holder = owner.closest('[lang]');
          lang = holder ? langs.originalOf(holder) : null;
          langCache.set(owner, lang);
        }
        // The root's lang is what the page says of itself; detection from the text beats it.
        return lang === rootLang ? null : lang;
      };
      out.forEach((text, i) => {
        if (!hasHan(text)) return;
        const from = sourceFor(to, script, langOf(owners[i] ?? null), traditional);
        if (from === null) return;
        let list = groups.get(from);
        if (!list) groups.set(from, (list = []));
        list.push(i);
      });
      await Promise.all(
        [...groups].map(async ([from, indexes]) => {
          const converted = await services.convertTexts(indexes.map((i) => out[i]!), from, to, phrases);
          indexes.forEach((i, k) => {
            out[i] = converted[k] ?? out[i]!;
          });
        }),
      );
      return out;
    };
  }

  /** Gives back the page as served, all of it. */
  function restoreAll(): void {
    rewriter.restore();
    langs.restore();
    doc.documentElement?.removeAttribute(WRITTEN_MARK);
    lastPass = null;
  }

  /** The page was converted by an instance of this script that is gone: its original is only a reload away. */
  let inherited = false;

  let passes = 0;
  /** Element `lang`s say nothing reliable on an inherited page: the gone instance changed them. */
  let ignoreLangs = false;
  /**
   * Shows the page in `next` (null: exactly as served, pinyin artifacts included). Converting
   * hides artifacts when the reader's setting says so; `keepArtifactsHidden` is for the automatic
   * clean reading view a page with artifacts gets on load.
   */
  async function convert(next: Target | null, keepArtifactsHidden = false): Promise<ConversionState> {
    if (analysing) await analysing;
    if (signal.aborted) return conversionState();
    const pass = ++passes;
    target = next;
    artifactsHidden = artifactCount > 0 && settings.hidePinyinArtifacts && (next !== null || keepArtifactsHidden);
    const hide = artifactsHidden;
    if (next === null && !hide) {
      if (inherited) {
        win.location.reload();
        return conversionState();
      }
      restoreAll();
    } else {
      services.writing?.();
      doc.documentElement?.setAttribute(WRITTEN_MARK, `${script}>${next ?? ''}`);
      // With the first converted text: changing the page's lang re-lays out all of it.
      const showLang = next === null ? () => langs.restore() : () => langs.set(next === 'cn' ? 'zh-Hans' : 'zh-Hant');
      converting = true;
      try {
        lastPass = await rewriter.apply(makeTransform(next, hide), showLang);
      } catch (err) {
        // A pass that cannot finish (the extension went away mid-pass, a conversion failed) must
        // not leave the page half-written: all or nothing, and the page's original is what we have.
        if (pass === passes) {
          target = null;
          artifactsHidden = false;
          restoreAll();
          publish();
        }
        throw err;
      } finally {
        converting = false;
      }
    }
    // The article's own text did not change: only how it is shown. Re-show, don't re-extract.
    const map = textMap;
    if (map) {
      const shown = await showMentions(map, mentions);
      // A fresh extraction may have landed meanwhile: it already reads the page as it is now.
      if (textMap === map) setMentions(shown);
    }
    refreshHighlights();
    publish();
    return conversionState();
  }

  async function extractNow(): Promise<void> {
    if (!hasChinese) return;
    const map = cost.run(() => {
      if (articleRoot === undefined || (articleRoot && !articleRoot.isConnected)) articleRoot = findArticleRegion(doc).element;
      const root = articleRoot ?? doc.body;
      return root ? buildTextMap(root, (node) => rewriter.originalOf(node)) : null;
    });
    if (!map) return;
    const found = map.text.length > 0 ? await services.extractMentions(map.text) : [];
    const t0 = performance.now();
    const shown = await showMentions(map, found);
    cost.add(performance.now() - t0);
    cost.run(() => {
      textMap = map;
      extracted = true;
      setMentions(shown);
      refreshHighlights();
      publish();
    });
  }

  /**
   * Mentions as the page shows them now: text, subject and sentence in the script on screen, and
   * the same list as the JSON chunks reports carry (mention-chunks.ts), one chunk packed as soon
   * as it is full. Read back in frame-sized slices.
   */
  async function showMentions(map: TextMap, found: Mention[]): Promise<ShownMentions> {
    const originalOf = (node: Text) => rewriter.originalOf(node);
    // Unconverted, the page shows its own text: no DOM ranges needed to read a mention back.
    const shownText = !rewriter.active
      ? (start: number, end: number) => map.text.slice(start, end)
      : (start: number, end: number, fallback: string) => {
          const range = rangeForSpan(map, start, end, originalOf);
          return range ? range.toString() : fallback;
        };
    const out: ReportMention[] = [];
    const chunks: string[] = [];
    const clock = createSliceClock(8);
    for (let id = 0; id < found.length; id++) {
      const m = found[id]!;
      const base = { ...m, id, shown: shownText(m.start, m.end, m.text) };
      let item: ReportMention = base;
      if (m.type === 'STAT') {
        const { start, end } = m.sentence;
        const subject = m.subjectSpan ? shownText(m.subjectSpan.start, m.subjectSpan.end, m.subject ?? '') : m.subject;
        item = { ...base, sentenceText: shownText(start, end, map.text.slice(start, end)).trim(), subjectShown: subject ?? null };
      }
      out.push(item);
      if (out.length % MENTIONS_PER_CHUNK === 0) chunks.push(...packMentions(out.slice(-MENTIONS_PER_CHUNK)));
      if (id % 64 === 63 && clock.expired()) await clock.yield();
    }
    const rest = out.length % MENTIONS_PER_CHUNK;
    if (rest > 0) chunks.push(...packMentions(out.slice(-rest)));
    return { list: out, chunks };
  }

  function extract(): Promise<void> {
    extracting ??= extractNow().finally(() => {
      extracting = null;
    });
    return extracting;
  }

  function rangesOf(type: 'STAT' | 'ORG'): Range[] {
    if (!textMap) return [];
    const out: Range[] = [];
    for (const m of mentions) {
      if (m.type !== type) continue;
      const r = rangeForSpan(textMap, m.start, m.end, (node) => rewriter.originalOf(node));
      if (r) out.push(r);
    }
    return out;
  }

  function refreshHighlights(): void {
    // Nothing to clear where no highlight was ever shown.
    const h = highlightsOn ? highlights() : highlighter;
    if (!h) return;
    if (highlightsOn) h.show(rangesOf('STAT'), rangesOf('ORG'));
    else h.clear();
  }

  /** The analysis in flight (a conversion waits for it: it needs the page's script). */
  let analysing: Promise<void> | null = null;
  let analyses = 0;
  function analyse(known = false): Promise<void> {
    const run = ++analyses;
    const done = analyseNow(known, run).finally(() => {
      if (analysing === done) analysing = null;
    });
    analysing = done;
    return done;
  }

  /** The loader's classification of the page, for the first analysis if the page is still at its address. */
  let given = known.verdict ?? null;
  /** Captures the page (here, on the main thread) and has it classified (in the background). */
  async function analyseNow(chinese: boolean, run: number): Promise<void> {
    const reuse = given !== null && given.url === win.location.href ? given.verdict : null;
    given = null;
    // The first analysis is the page-load detection cost, unless the loader settled the page's load
    // without a session (this one was asked for later); later ones follow navigations.
    const take = (): PageCapture | null => {
      hasChinese = reuse ? reuse.hasChinese : chinese || hasChineseText(doc);
      // The article may be another one now (a navigation): looked for again when needed.
      articleRoot = undefined;
      if (!hasChinese) return null;
      traditional = traditionalVariant(win.location.hostname, doc.documentElement.getAttribute('lang') ?? '');
      return reuse ? null : capturePage(doc, win.location.href);
    };
    const taken = run === 1 && known.loadCostMs == null ? cost.detect(take) : cost.run(take);
    if (!hasChinese) {
      detection = null;
      metadata = null;
      article = null;
      setMentions(null);
      return;
    }
    const result = reuse ?? (taken ? await services.detect(taken).catch(() => null) : null);
    // A newer analysis (the page navigated meanwhile) decides.
    if (run !== analyses || signal.aborted || result === null) return;
    script = result.script;
    ({ detection, metadata, article } = describeVerdict(result));
    artifactCount = result.pinyinArtifacts;
  }

  /** When a refresh that keeps being put off must run (0: none pending). */
  let refreshDue = 0;
  /**
   * Waits for the page to settle (REFRESH_DELAY_MS without changes), but never longer than
   * REFRESH_MAX_WAIT_MS: a page that changes every frame still gets its summary refreshed.
   */
  function scheduleRefresh(): void {
    const now = performance.now();
    if (refreshDue === 0) refreshDue = now + REFRESH_MAX_WAIT_MS;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(
      () => {
        refreshDue = 0;
        void refresh();
      },
      Math.max(0, Math.min(REFRESH_DELAY_MS, refreshDue - now)),
    );
  }

  async function refresh(): Promise<void> {
    if (signal.aborted) return;
    if (win.location.href !== lastUrl) {
      // SPA navigation: a new page in the same document.
      lastUrl = win.location.href;
      await analyse();
    } else if (!hasChinese) {
      if (rechecksLeft-- <= 0) return;
      await analyse();
      if (!hasChinese) return;
    }
    extracted = false;
    if (wanted) await extract();
    else publish();
  }

  /**
   * Takes over a page a destroyed instance was converting (or had converted): finishes the pass it
   * started with the script it read the page in, so the page ends fully converted, never half.
   */
  async function inherit(mark: string): Promise<void> {
    inherited = true;
    const [was, to] = mark.split('>');
    const left: Target | null = to && /^(cn|t|tw|twp|hk)$/.test(to) ? (to as Target) : null;
    if (was === 'simplified' || was === 'traditional' || was === 'mixed') script = was;
    ignoreLangs = true;
    auto = 'inherited';
    try {
      // Only hidden pinyin artifacts left to finish (or none left at all): nothing more to write.
      if (left !== null || artifactCount > 0) await convert(left, true);
    } finally {
      ignoreLangs = false;
    }
    // The page now reads in the script it was converted to.
    if (left !== null) script = left === 'cn' ? 'simplified' : 'traditional';
  }

  async function start(): Promise<void> {
    await analyse(knownChinese);
    if (signal.aborted) return;
    const quiet = cost.run(() => {
      // childList only: our own writes are character data, so converting never wakes this observer.
      if (doc.body) contentObserver.observe(doc.body, { subtree: true, childList: true });
      if (!hasChinese) loadCostMs ??= cost.totalMs;
      if (!hasChinese) publish();
      return !hasChinese;
    });
    if (quiet) return;
    const left = doc.documentElement?.getAttribute(WRITTEN_MARK);
    if (left != null) {
      await inherit(left);
      if (wanted) await extract();
      loadCostMs ??= cost.totalMs;
      publish();
      return;
    }
    const decision = decideAutoConversion(settings, win.location.hostname, detection?.kind ?? 'other');
    const hideArtifacts = settings.hidePinyinArtifacts && artifactCount > 0;
    if (decision.target !== null || hideArtifacts) {
      auto = decision.target !== null ? decision.reason : null;
      await convert(decision.target, hideArtifacts);
    }
    if (wanted) await extract();
    loadCostMs ??= cost.totalMs;
    publish();
  }

  const started = start();

  /** Extraction from now on, and mentions now. */
  async function wantMentions(): Promise<void> {
    wanted = true;
    await started.catch(() => undefined);
    if (!extracted && hasChinese && !signal.aborted) await extract();
  }

  return {
    // The reader's conversion comes after the session's start (the page's classification, a page
    // inherited from a gone instance, the automatic conversion), never in the middle of it.
    async convert(next) {
      await started.catch(() => undefined);
      return convert(next);
    },
    report: buildReport,
    async fullReport() {
      await wantMentions();
      return buildReport();
    },
    async setHighlights(on) {
      if (on) await wantMentions();
      highlightsOn = on && highlights() !== null;
      refreshHighlights();
      publish();
      return highlightsOn;
    },
    reveal(mentionId, flash) {
      const m = mentions[mentionId];
      if (!m || !textMap) return false;
      const range = rangeForSpan(textMap, m.start, m.end, (node) => rewriter.originalOf(node));
      if (!range) return false;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      if (flash) highlights()?.focus(range, 1600);
      return true;
    },
    onSettingsChanged(next) {
      const hideChanged = next.hidePinyinArtifacts !== settings.hidePinyinArtifacts;
      const phrasesChanged = next.phraseLocalization !== settings.phraseLocalization;
      settings = next;
      if (hideChanged || (phrasesChanged && target !== null)) void convert(target, next.hidePinyinArtifacts);
    },
    dispose() {
      // Aborting the signal does the work; kept for symmetry with callers that own no controller.
    },
  };
}
