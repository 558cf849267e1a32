// STAT rules, in the order the scanner tries them. Each produced span records its rule id.
import type { Rule } from '../types';

export const statPercentZh: Rule = {
  id: 'stat-percent-zh',
  label: '百分之 + numeral: a percentage written in words',
  pattern: /百分之/,
  examples: { match: ['失业率为百分之四點六。', '占比百分之五十以上'], noMatch: ['百分百满意'] },
};

export const statPercent: Rule = {
  id: 'stat-percent',
  label: 'number + % / ‰ / 个百分点',
  pattern: /\d[%‰]|个百分点/,
  examples: { match: ['效率提升超50%。', '满意率均在99%以上', '同比上升3.2个百分点', '當中有約三成為學生'], noMatch: ['占比较高', '小组成立以来'] },
};

export const statMoney: Rule = {
  id: 'stat-money',
  label: 'number + currency unit (元, 万元, 美元, 港元, 新台币 …)',
  examples: { match: ['涉案金额3.5亿元。', '挽回损失200万元', '詐騙金額逾新台幣1,200萬元', '以每条0.5元至2元的价格出售'], noMatch: ['元旦期间'] },
};

export const statDuration: Rule = {
  id: 'stat-duration',
  label: 'number + time unit (小时, 天, 个月, 年 when not a date)',
  examples: { match: ['仅用3小时就成功化解危机', '14天轨迹溯源', '判处有期徒刑3至5年'], noMatch: ['2023年以来', '凌晨2点'] },
};

export const statMeasure: Rule = {
  id: 'stat-measure',
  label: 'number + measure (平方米, 公斤, 倍 …)',
  examples: { match: ['建筑面积近12000平方米', '缴获毒品22公斤', '提高了5倍以上'], noMatch: ['米字格'] },
};

export const statCount: Rule = {
  id: 'stat-count',
  label: 'number + measure word (家, 起, 名, 人次, 个 …)',
  examples: {
    match: ['向136家企业发送', '破获各类毒品案件482起', '查获快递面单信息2万余张', '共有8 372人参加', '累计1,403,434人次'],
    noMatch: ['第2期', '一号工程', '5G网络'],
  },
};

export const statBareLarge: Rule = {
  id: 'stat-bare-large',
  label: 'number with 万/亿 and no measure word (1000多万订单)',
  examples: { match: ['发送1000多万订单', '用户達1.2億'], noMatch: ['万众一心'] },
};

/** The order in which unit kinds are tried does not matter (longest unit wins); this is the listing order. */
export const STAT_RULES: readonly Rule[] = [
  statPercentZh, statPercent, statMoney, statDuration, statMeasure, statCount, statBareLarge,
];
