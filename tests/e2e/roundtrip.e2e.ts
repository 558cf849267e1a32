import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession } from './support/session';
import { snapshotDom } from './support/dom-snapshot';

// Random DOM trees, converted and restored in a real browser: every text node, attribute, `lang`
// and the title must come back byte-identical. ROUNDTRIP_RUNS (total over the browsers run,
// default 300) and ROUNDTRIP_SEED (printed on failure) reproduce or widen a run.

const TOTAL_RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 300);
const RUNS = Math.max(1, Math.ceil(TOTAL_RUNS / BROWSER_KINDS.length));
const SEED = process.env.ROUNDTRIP_SEED ? Number(process.env.ROUNDTRIP_SEED) : Math.floor(Math.random() * 2 ** 31);

const SEED_DIR = path.resolve(__dirname, '../fixtures/seeds');
/** Real phrase material: short clauses of the seed articles. */
const CLAUSES = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(SEED_DIR, f), 'utf8').split(/[，。；：\n]/))
  .map((c) => c.trim())
  .filter((c) => c.length >= 2 && c.length <= 40);

const WORDS = ['软件', '网络', '信息', '鼠标', '数据安全', '公安机关', '个人信息保护', '反诈', '网信办', '发布', '后台', '里面', '干部', '头发', '軟體', '網路', '資訊', '滑鼠', '網絡安全', '資料', '後臺', '發佈', '著名', '乾淨'];
const OTHER = ['Cyber Week 2024', 'CVE-2024-3094', ' ', '  \t ', '\n', '🔐', '👮‍♀️', '𠀀', '𠮷', '𪚥', '𡃁', '網(wǎng)絡(luò)', '(wǎng)', '“', '”', '《网络安全法》', '100%', '3.5亿', '&amp;', '<b>'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLAUSES) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

type Attr = [string, string];
interface ElSpec {
  t: 'el';
  tag: string;
  attrs: Attr[];
  children: NodeSpec[];
  shadow: NodeSpec[] | null;
}
type NodeSpec = { t: 'text'; s: string } | ElSpec;

const TAGS = ['p', 'div', 'span', 'a', 'b', 'em', 'ul', 'li', 'table', 'ruby', 'rt', 'h2', 'blockquote'];
const SKIPS = ['code', 'pre', 'textarea', 'script', 'style', 'editable', 'notranslate'];
const attrs = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom('title', 'alt', 'placeholder', 'aria-label'), text),
    fc.tuple(fc.constant('lang'), fc.constantFrom('zh-CN', 'zh-TW', 'zh-Hans', 'zh-Hant', 'zh-HK', 'en', '')),
    fc.tuple(fc.constant('class'), fc.constantFrom('x', 'zh 网络')),
  ),
  { maxLength: 3 },
);

const { node } = fc.letrec<{ node: NodeSpec; el: ElSpec }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.record({ t: fc.constant('text' as const), s: text }), tie('el')),
  el: fc.record({
    t: fc.constant('el' as const),
    tag: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TAGS) }, { weight: 1, arbitrary: fc.constantFrom(...SKIPS) }),
    attrs,
    children: fc.array(tie('node'), { maxLength: 4 }),
    shadow: fc.option(fc.array(tie('node'), { maxLength: 3 }), { freq: 8 }),
  }),
}));

const TARGETS = ['cn', 't', 'tw', 'twp', 'hk'] as const;

interface Case {
  body: NodeSpec[];
  target: (typeof TARGETS)[number];
  mutate: boolean;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  body: fc.array(node, { minLength: 1, maxLength: 6 }),
  target: fc.constantFrom(...TARGETS),
  mutate: fc.boolean(),
});

/** Builds the case into the page's body with DOM APIs only (text is set as text, never parsed). */
function build(page: Page, c: Case): Promise<void> {
  return page.evaluate((body: NodeSpec[], target: string) => {
    const make = (spec: NodeSpec): Node => {
      if (spec.t === 'text') return document.createTextNode(spec.s);
      let el: HTMLElement;
      if (spec.tag === 'editable') {
        el = document.createElement('div');
        el.setAttribute('contenteditable', 'true');
      } else if (spec.tag === 'notranslate') {
        el = document.createElement('span');
        el.setAttribute('translate', 'no');
      } else {
        el = document.createElement(spec.tag);
      }
      // Never run generated text as code.
      if (spec.tag === 'script') el.setAttribute('type', 'text/plain');
      for (const [name, value] of spec.attrs) el.setAttribute(name, value);
      let into: Node = el;
      if (spec.tag === 'table') {
        const td = document.createElement('td');
        el.append(document.createElement('tbody'));
        el.firstChild!.appendChild(document.createElement('tr')).appendChild(td);
        into = td;
      }
      if (spec.tag === 'textarea') (el as HTMLTextAreaElement).defaultValue = spec.children.map((c) => (c.t === 'text' ? c.s : '')).join('');
      else for (const child of spec.children) into.appendChild(make(child));
      if (spec.shadow && !['textarea', 'script', 'style', 'table', 'ul', 'ruby', 'rt', 'li', 'a', 'code', 'pre', 'em', 'b'].includes(spec.tag)) {
        const root = el.attachShadow({ mode: 'open' });
        for (const child of spec.shadow) root.appendChild(make(child));
      }
      return el;
    };
    // A probe the conversion must change, in the script the target converts from.
    const probe = document.createElement('p');
    probe.id = 'probe';
    probe.setAttribute('lang', target === 'cn' ? 'zh-TW' : 'zh-CN');
    probe.append(target === 'cn' ? '網絡資訊安全' : '网络信息安全', document.createElement('span'));
    probe.lastChild!.appendChild(document.createTextNode('原来的网络文字'));
    document.body.replaceChildren(...body.map(make), probe);
    // Plain JSON: fast-check's null-prototype records do not cross to Firefox (WebDriver BiDi).
  }, JSON.parse(JSON.stringify(c.body)) as never, c.target);
}

describe.each(BROWSER_KINDS)('random DOM round trip in %s', (kind) => {
  let s: E2ESession;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    s = await startSession(kind);
    ({ page, tabId } = await s.open('shop.html'));
    await waitFor(() => s.automation('getPageReport', tabId));
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`restores ${RUNS} random trees byte-identical (seed ${SEED})`, async () => {
    const probeText = () => page.$eval('#probe', (p) => p.firstChild!.textContent);
    try {
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          await build(page, c);
          const original = await snapshotDom(page);
          const before = await probeText();
          await s.automation('convertTab', tabId, c.target);
          // Something was converted: the probe is in the script the target converts from.
          expect(await probeText()).not.toBe(before);
          let expected = original;
          if (c.mutate) {
            // The page writes its own text after conversion: restore must keep the page's newer text.
            await page.$eval('#probe span', (el) => {
              el.firstChild!.textContent = '页面后来写的网络文字';
            });
            await new Promise((r) => setTimeout(r, 50));
            expected = original.replace('\n#原来的网络文字', '\n#页面后来写的网络文字');
          }
          await s.automation('restoreTab', tabId);
          expect(await snapshotDom(page)).toBe(expected);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } catch (err) {
      console.error(`round trip failed in ${kind}; reproduce with ROUNDTRIP_SEED=${SEED} ROUNDTRIP_RUNS=${TOTAL_RUNS}`);
      throw err;
    }
  }, 600_000);

  it('requests nothing from any host but the local test server', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
