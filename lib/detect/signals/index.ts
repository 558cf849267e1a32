// Every detection signal, in the order they run and are reported. One signal per file; its id is the
// file name. Weights and the way they combine are documented in ../classify.ts.
import type { Signal } from '../types';
import { articleRegion } from './article-region';
import { blogPlatform } from './blog-platform';
import { byline } from './byline';
import { conacBadge } from './conac-badge';
import { contentFarm } from './content-farm';
import { footerGovSponsor } from './footer-gov-sponsor';
import { footerSiteCode } from './footer-site-code';
import { forumPlatform } from './forum-platform';
import { govErrorLink } from './gov-error-link';
import { hostGovSuffix } from './host-gov-suffix';
import { icpRecord } from './icp-record';
import { jsonLdNews } from './json-ld-news';
import { knownOutlet } from './known-outlet';
import { metaGovGuideline } from './meta-gov-guideline';
import { metaSiteIdCode } from './meta-site-id-code';
import { pressBodyOpener } from './press-body-opener';
import { pressLicenceFooter } from './press-licence-footer';
import { pressSiteName } from './press-site-name';
import { publishTime } from './publish-time';
import { selfMedia } from './self-media';
import { shop } from './shop';

export const SIGNALS: readonly Signal[] = [
  // government
  hostGovSuffix,
  metaSiteIdCode,
  metaGovGuideline,
  conacBadge,
  govErrorLink,
  footerSiteCode,
  footerGovSponsor,
  // press
  knownOutlet,
  pressLicenceFooter,
  pressBodyOpener,
  byline,
  pressSiteName,
  jsonLdNews,
  // platforms that are never press or government
  forumPlatform,
  selfMedia,
  blogPlatform,
  contentFarm,
  shop,
  icpRecord,
  // article
  publishTime,
  articleRegion,
];
