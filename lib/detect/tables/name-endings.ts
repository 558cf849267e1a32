import govText from '../data/gov-org-endings.txt?raw';
import pressText from '../data/press-name-suffixes.txt?raw';
import { parseList } from './parse-table';

/** Endings of government organ names (for 主办单位 lines). */
export const GOV_ORG_ENDINGS: readonly string[] = Object.freeze(parseList(govText));

/** Endings of press outlet names (日报, 晚报, 新闻网 …). */
export const PRESS_NAME_SUFFIXES: readonly string[] = Object.freeze(parseList(pressText));
