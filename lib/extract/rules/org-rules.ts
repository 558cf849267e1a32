// ORG rules, in the order they are applied. Each produced span records its rule id.
import type { Rule } from '../types';

export const orgGazetteer: Rule = {
  id: 'org-gazetteer',
  label: 'a name or abbreviation from the gazetteer (最高法, 公安部, 法務部調查局)',
  examples: {
    match: ['最高法、最高检出台解释', '法務部調查局今天表示', '保安局局長出席活動', '国家网信办公布第十批名单'],
    // A name must start a word: 京东 is not in 南京东路 or 北京东城区, 大公报 not in 重大公报; nor end
    // inside a word that names things: 人民网 is not in 人民网络.
    noMatch: ['最高的一次', '位于南京东路的商场', '入侵北京东城区的网站', '政府发布重大公报', '为保护人民网络安全'],
  },
};

export const orgSuffixWalk: Rule = {
  id: 'org-suffix-walk',
  label: 'a head word (公安局, 支队, 委员会 …) with the place, name words and units before it',
  examples: {
    match: ['宁波市公安局网安支队相关负责人表示', '由市委宣传部、市委网信办主办', '近日，安吉县天子湖镇人民政府组织活动'],
    noMatch: ['全市公安机关', '护航民营经济发展'],
  },
};

export const orgPoliceUnit: Rule = {
  id: 'org-police-unit',
  label: 'a police unit named by its field alone (网安支队, 刑侦大队)',
  examples: { match: ['网安支队随即展开调查', '刑侦大队副大队长说'], noMatch: ['支队在四大运营商建立'] },
};

export const orgLocalUnit: Rule = {
  id: 'org-local-unit',
  label: 'a local unit with a short proper stem (大碶派出所, 婺城分局)',
  examples: { match: ['目前，大碶派出所已深入推进', '甬保派出所设在保税区'], noMatch: ['各个派出所组织民警', '4个派出所均有设立'] },
};

export const orgBrand: Rule = {
  id: 'org-brand',
  label: 'a company, school or hospital with a proper name before its head (途众汽贸控股有限公司, 360集团)',
  examples: { match: ['日前，途众汽贸控股有限公司相关负责人来到', '9月14日，奇虎科技集团董事长表示'], noMatch: ['进入快递公司', '一家进出口外贸公司报警称', '與金管局及13間銀行成立聯盟', '在全澳40多間學校舉辦講座', '入侵物流企业、连锁酒店等信息系统'] },
};

export const orgQuoted: Rule = {
  id: 'org-quoted',
  label: 'a name in quotation marks that ends with a head word, stop words inside included (“网络安全志愿者联盟”, 「反詐騙及洗錢情報聯盟」)',
  examples: { match: ['打造“网络安全志愿者联盟”，搭建平台', '與銀行成立「反詐騙及洗錢情報聯盟」。'], noMatch: ['开展“净网”系列行动'] },
};

export const orgMetonym: Rule = {
  id: 'org-metonym',
  label: 'place + 公安/警方/网警 used as the actor (宁波公安, 北仑公安, 香港警方)',
  examples: { match: ['去年以来，宁波公安累计向企业发送预警', '香港警方呼籲市民提高警覺'], noMatch: ['我市公安机关', '宁波公安机关'] },
};

export const orgListMember: Rule = {
  id: 'org-list-member',
  label: 'short company names listed before 等…企业 (申洲、海天等70余家知名企业)',
  examples: { match: ['深入申洲、海天等70余家知名企业开展活动'], noMatch: ['加强对微信、微博、抖音等社交平台的监控'] },
};

export const orgBackReference: Rule = {
  id: 'org-backref',
  label: 'a short reference to a unit named in full earlier (网上群众工作部 after 铜川市网上群众工作部)',
  examples: { match: ['铜川市网上群众工作部上线运行。网上群众工作部热线先后荣获荣誉'], noMatch: ['网上群众工作部热线荣获荣誉'] },
};

export const ORG_RULES: readonly Rule[] = [
  orgGazetteer, orgSuffixWalk, orgPoliceUnit, orgLocalUnit, orgBrand, orgQuoted, orgMetonym, orgListMember, orgBackReference,
];
