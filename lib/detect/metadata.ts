import { normalizeDate } from './dates';
import { isValidSiteCode } from './site-code';
import { findKnownOutlet } from './tables/known-outlets';
import { metaValue } from './tables/meta-names';
import { countHan } from './text';
import type { PageMetadata, SignalContext } from './types';

const TITLE_SEPARATOR = /\s*(?:[_|｜–—]|\s-\s|--|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff]))\s*/;
const CRUMB_SKIP = /^(首页|首頁|正文|当前位置|當前位置|您的位置|您现在的位置)/;

/** document.title minus the site suffix ("标题_栏目_网站" → "标题"). */
export function cleanTitle(title: string, site: string | null): string | null {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const kept = parts.filter((p) => p !== site);
  return (kept.length > 0 ? kept : parts).reduce((a, b) => (countHan(b) > countHan(a) ? b : a));
}

function section(crumbLinks: readonly string[]): string | null {
  for (let i = crumbLinks.length - 1; i >= 0; i--) {
    const t = crumbLinks[i] ?? '';
    if (t && !CRUMB_SKIP.test(t) && t.length <= 20) return t;
  }
  return null;
}

function footerSiteCode(text: string): string | null {
  const m = /[网網]站[标標][识識][码碼]\s*[：:]?\s*((?:bm)?\d{8,10})/i.exec(text);
  return m?.[1] && isValidSiteCode(m[1]) ? m[1] : null;
}

/**
 * Names in <meta name="author">: Han personal names only. Latin values are mostly CMS user names
 * ("wangxiao") or credits ("Discuz! Team").
 */
function metaAuthorNames(value: string): string[] {
  return value.split(/[\s,，、;；]+/).filter((t) => /^[\u4e00-\u9fff·]{2,4}$/.test(t));
}

/** An absolute URL for `href` (relative canonical links are common), or null. */
function absolute(href: string | null | undefined, base: URL | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Text right after the <h1> (meta line with the publication time), or the credit blocks. */
function dateNearTitle(ctx: SignalContext, offset: string | null): string | null {
  for (const block of ctx.creditBlocks) {
    const d = normalizeDate(block, offset);
    if (d) return d;
  }
  return null;
}

/** Releases (Hong Kong, Macau) put the date at the end: "2024年9月12日（星期四）香港時間18時30分". */
function dateAtEnd(ctx: SignalContext, offset: string | null): string | null {
  const tail = ctx.regionBlocks.slice(-3).join(' ');
  return normalizeDate(tail, offset);
}

/** Meta values sometimes repeat their label ("来源：人民网"). */
function stripLabel(value: string | undefined): string | null {
  if (!value) return null;
  return value.replace(/^(?:信息来源|来源|來源|稿源|作者)\s*[：:]\s*/, '') || null;
}

/** Citation metadata from meta tags, the title, bylines, breadcrumbs and the URL. */
export function extractMetadata(ctx: SignalContext, chinese = true): PageMetadata {
  const { metas } = ctx;
  const offset = chinese ? '+08:00' : null;
  const outlet = findKnownOutlet(ctx.gatewayHost ?? ctx.host);
  const titleParts = ctx.title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const h1 = ctx.h1;
  const metaTitle = metaValue(metas, 'title')?.value ?? null;
  // The site name from the title: the last part that is not the article title ("标题_栏目_网站", "网站 - 标题").
  const titleSite = titleParts.length > 1
    ? [...titleParts].reverse().find((p) => p !== h1 && p !== metaTitle && p.length <= 20 && !/powered by/i.test(p)) ?? null
    : null;
  const site = metaValue(metas, 'site')?.value ?? outlet?.name ?? titleSite;
  const title = metaTitle ?? (h1.length >= 4 ? h1 : null) ?? cleanTitle(ctx.title, site);
  const bylines = ctx.bylines;
  const publishedMeta = metaValue(metas, 'published')?.value;
  const fromMeta = publishedMeta ? normalizeDate(publishedMeta, offset) ?? publishedMeta : null;
  const near = dateNearTitle(ctx, offset);
  // A date-only meta and the same day with a time next to the title: keep the time.
  const published = fromMeta && near && near.startsWith(`${fromMeta}T`) ? near : fromMeta ?? near ?? dateAtEnd(ctx, offset);
  const metaAuthor = metaValue(metas, 'author')?.value;
  const authors = [...bylines.authors];
  if (metaAuthor) for (const a of metaAuthorNames(metaAuthor)) if (!authors.includes(a)) authors.push(a);
  const metaCode = metas.get('siteidcode') ?? null;
  return {
    title,
    site,
    source: stripLabel(metaValue(metas, 'source')?.value) ?? bylines.source,
    published,
    authors,
    editor: bylines.editor,
    section: metaValue(metas, 'section')?.value ?? section(ctx.crumbLinks),
    url: absolute(ctx.canonical, ctx.url) ?? absolute(metaValue(metas, 'url')?.value, ctx.url) ?? (ctx.url ? ctx.url.href : null),
    siteCode: metaCode && isValidSiteCode(metaCode) ? metaCode : footerSiteCode(ctx.footerText),
  };
}
