// Exclusion rules for ORG candidates. A dropped candidate records the rule id in the trace.
import type { Rule } from '../types';

export const orgGeneric: Rule = {
  id: 'org-generic',
  label: 'a generic class with no name (公安机关, 派出所 alone, 快递公司, 市中心)',
  examples: { match: ['进入快递公司', '接到公安局组织的培训'], noMatch: ['宁波市公安局'] },
};

export const orgDeterminer: Rule = {
  id: 'org-determiner',
  label: 'a unit introduced by a figure or determiner is a kind, not a name (一家外贸公司, 3所大学, 该公司, 某公司; 某某 is a name withheld)',
  pattern: /(?:[0-9一两三四五六七八九十百千万几多这那该每各]|(?<!某)某)(?:余|多)?[家个所间名]?$/,
  examples: {
    match: ['北仑一家进出口外贸公司报警称', '宁波市某公司网站', '联合3所大学开展活动', '共有13间银行参与'],
    noMatch: ['浙江途众汽贸控股有限公司', '经查，北京某某科技有限公司运营的App', '案例三中，某某网络科技有限公司未经同意'],
  },
};

export const orgUnanchored: Rule = {
  id: 'org-unanchored',
  label: 'name words and a head with no place, unit or proper stem (数据中心, 网安警务中心)',
  examples: { match: ['网安警务中心指导互联网企业', '将交通分中心进驻大厅'], noMatch: ['网安支队随即展开调查'] },
};

export const orgBareHead: Rule = {
  id: 'org-bare-head',
  label: 'a one-character head (局, 部, 处 …) needs a name word right before it (布局, 干部, 1300余处)',
  examples: { match: ['优化充电桩布局', '发现隐患1300余处', '行政院會已通過草案'], noMatch: ['市交通运输局执法处'] },
};

export const orgCreatedUnit: Rule = {
  id: 'org-created-unit',
  label: 'after a verb that creates a unit (设立, 成立, 组建 …) a short stem describes its function, not its name',
  pattern: /(?:设立|成立|建立|组建|新建|筹建|打造)$/,
  examples: { match: ['在保税区设立联勤警务站，打造'], noMatch: ['目前，大碶派出所已深入推进'] },
};
export const orgProduct: Rule = {
  id: 'org-product',
  label: 'a name followed by APP, 客户端 or 小程序 names a product, not the organization (国家反诈中心APP)',
  pattern: /^(?:APP|App|app|客户端|小程序)/,
  examples: { match: ['注册国家反诈中心APP的用户'], noMatch: ['国家反诈中心发布预警'] },
};
export const ORG_EXCLUSIONS: readonly Rule[] = [orgGeneric, orgDeterminer, orgUnanchored, orgBareHead, orgCreatedUnit, orgProduct];
