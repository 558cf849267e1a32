import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSignalContext } from '../../../lib/detect/context';
import { snapshotPage } from '../../../lib/detect/snapshot';
import { SIGNALS } from '../../../lib/detect/signals';
import { page, ROOT } from './parse-html';

/** The context the background builds: from the page's snapshot, after its trip as JSON. */
const contextOf = (doc: Document, url: string) => createSignalContext(JSON.parse(JSON.stringify(snapshotPage(doc, url).snapshot)));

describe('signals', () => {
  it('one file per signal, named by its id, all listed once', () => {
    const files = readdirSync(join(ROOT, 'lib/detect/signals'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    const ids = SIGNALS.map((s) => s.id);
    expect([...ids].sort()).toEqual(files);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every signal reports evidence of its own kind and id, and nothing on an empty page', () => {
    const ctx = contextOf(page(''), 'https://www.example.com/');
    for (const s of SIGNALS) expect(s.detect(ctx), s.id).toBeNull();
  });

  for (const signal of SIGNALS) {
    describe(signal.id, () => {
      it('has examples of both kinds', () => {
        expect(signal.examples.match.length).toBeGreaterThan(0);
        expect(signal.examples.noMatch.length).toBeGreaterThan(0);
      });
      signal.examples.match.forEach((ex, i) => {
        it(`fires on match example ${i + 1} (${ex.url})`, () => {
          const e = signal.detect(contextOf(page(ex.body ?? '', ex.head ?? ''), ex.url));
          expect(e?.id).toBe(signal.id);
          expect(e?.kind).toBe(signal.kind);
          if (signal.id !== 'icp-record') expect(e?.weight).toBeGreaterThan(0);
        });
      });
      signal.examples.noMatch.forEach((ex, i) => {
        it(`stays silent on noMatch example ${i + 1} (${ex.url})`, () => {
          const e = signal.detect(contextOf(page(ex.body ?? '', ex.head ?? ''), ex.url));
          expect(e === null || e.weight === 0).toBe(true);
        });
      });
    });
  }

  it('rejects placeholder SiteIDCodes and a SiteDomain that is not the host', () => {
    const s = SIGNALS.find((x) => x.id === 'meta-site-id-code');
    const placeholder = s?.detect(contextOf(page('', '<meta name="SiteIDCode" content="0000000000">'), 'https://x.com/'));
    expect(placeholder?.weight).toBe(0);
    const copied = s?.detect(contextOf(page('', '<meta name="SiteIDCode" content="3302000033"><meta name="SiteDomain" content="www.nbgaj.gov.cn">'), 'https://copy.example.com/'));
    expect(copied?.weight).toBe(0.5);
  });

  it('never counts ICP备 / 公网安备 for government', () => {
    const ctx = contextOf(page('<footer>浙ICP备05012345号 浙公网安备 33021202000123号</footer>'), 'https://blog.example.cn/');
    const evidence = SIGNALS.map((s) => s.detect(ctx)).filter((e) => e !== null);
    expect(evidence.filter((e) => e.kind === 'government')).toEqual([]);
    expect(evidence.find((e) => e.id === 'icp-record')?.weight).toBe(0);
  });
});
