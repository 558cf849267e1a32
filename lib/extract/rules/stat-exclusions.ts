// Exclusion rules for numbers that are not statistics. A candidate dropped by one records the rule id
// in the trace (`explain`), so a missing figure can be traced in one step.
import type { Rule } from '../types';

export const notDate: Rule = {
  id: 'not-date',
  label: 'dates: a year (2023年), a month (9月, 6月份), a day (14日, 1号)',
  examples: { match: ['2023年以来', '9月14日上午', '去年6月', '今年8月份', '公布「112年國家資通安全情勢報告」', '於本月13日搜索'], noMatch: ['判处3年有期徒刑', '判处15年有期徒刑', '業務停頓時間為5.2日', '為期3日的培訓'] },
};

export const notTime: Rule = {
  id: 'not-time',
  label: 'times of day: 凌晨2点, 10时30分',
  examples: { match: ['凌晨2点', '上午10时30分'], noMatch: ['用时30分钟'] },
};

export const notOrdinal: Rule = {
  id: 'not-ordinal',
  label: 'ordinals and issue numbers after 第',
  examples: { match: ['第2期', '第3名'], noMatch: ['共3名'] },
};

export const notIdentifier: Rule = {
  id: 'not-identifier',
  label: 'numbers glued to Latin letters or part of a code (5G, IPv6, 2015-1239, 6.26)',
  examples: { match: ['升级到IPv6', 'A3栋'], noMatch: ['3栋楼'] },
};

export const notServiceLevel: Rule = {
  id: 'not-service-level',
  label: '7×24小时 and similar service levels',
  examples: { match: ['7×24小时守护'], noMatch: ['24小时轮班'] },
};

export const notSmallChinese: Rule = {
  id: 'not-small-chinese',
  label: 'small quantities in Chinese numerals (三个, 两级, 十年来): optional in gold, never emitted',
  examples: { match: ['三个“一号工程”', '五个行业领域'], noMatch: ['三十余家企业'] },
};

export const notYearAge: Rule = {
  id: 'not-year-word',
  label: '年 followed by 代/级/度/初/底: decades, school grades, years as dates',
  examples: { match: ['90年代', '3年级'], noMatch: ['3年内'] },
};

export const notListMarker: Rule = {
  id: 'not-list-marker',
  label: 'a number opening a line and followed by a space, 、 or . is a list marker (1 不负厚望, 2、强化教育)',
  examples: { match: ['\n1 不负厚望 服务企业', '\n2、3家单位联合'], noMatch: ['共有8 372人参加'] },
};

export const STAT_EXCLUSIONS: readonly Rule[] = [
  notDate, notTime, notOrdinal, notIdentifier, notServiceLevel, notSmallChinese, notYearAge, notListMarker,
];
