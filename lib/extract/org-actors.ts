// ORG rules that do not start from a head word: metonyms (宁波公安) and short company names listed
// before 等N家企业, plus the place stems learned from the names found so far (北仑 from 北仑分局).
import type { Lexicons } from './lexicons';
import type { TextView } from './normalize';
import { bestEndingAt, CLOSE_QUOTES, HAN, OPEN_QUOTES, type OrgCandidate } from './org';
import { matchesEndingAt } from './trie';
import * as R from './rules/org-rules';

const METONYM_HEADS = ['公安', '警方', '网警'];
const METONYM_NOT_BEFORE = /^(?:机关|民警|干警|辅警|系统|工作|部门|人员|队伍|战线|机构|局|厅|部|分局|处|所|派出所|政务|网|执法|巡查|微博|微信)/;

/** 宁波公安, 北仑公安, 香港警方: a place followed by the police word, used as the actor. */
export function scanMetonyms(lex: Lexicons, view: TextView, learnedPlaces: ReadonlySet<string>): OrgCandidate[] {
  const text = view.norm;
  const out: OrgCandidate[] = [];
  for (const word of METONYM_HEADS) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
      const end = k + word.length;
      if (METONYM_NOT_BEFORE.test(text.slice(end, end + 3))) continue;
      let placeLen = 0;
      for (const m of matchesEndingAt(lex.tokens, text, k)) {
        if (m.values.some((v) => v.category === 'place')) placeLen = m.length;
      }
      for (const len of [2, 3]) if (!placeLen && learnedPlaces.has(text.slice(k - len, k))) placeLen = len;
      if (!placeLen) continue;
      const start = k - placeLen;
      const prev = text[start - 1] ?? '';
      if (HAN.test(prev) && bestEndingAt(lex, text, start).stop === 0) continue;
      if (prev !== '' && OPEN_QUOTES.includes(prev) && !CLOSE_QUOTES.includes(text[end] ?? '\u0000')) continue;
      out.push({
        start, end, orgType: 'police', rule: R.orgMetonym.id, gazetteer: null, parentEnd: null,
        parentGazetteer: null, english: null, anchored: true,
      });
    }
  }
  return out;
}

const LIST_MEMBERS = /((?:[\p{Script=Han}A-Za-z0-9]{2,10}、)+[\p{Script=Han}A-Za-z0-9]{2,6})等(?:\d+|[一二两三四五六七八九十百千]+)?(?:余|多)?家[^，。；,;!?！？]{0,8}?(?:企业|公司|集团|银行|运营商)/gu;
const LIST_TAIL = /^等(?:\d+|[一二两三四五六七八九十百千]+)?(?:余|多)?家/;

/** 申洲、海天等70余家知名企业: the listed short names are companies. */
export function scanListMembers(lex: Lexicons, view: TextView): OrgCandidate[] {
  const text = view.norm;
  const out: OrgCandidate[] = [];
  for (let k = text.indexOf('等'); k >= 0; k = text.indexOf('等', k + 1)) {
    if (text[k - 3] !== '、' && text[k - 4] !== '、' && text[k - 5] !== '、' && text[k - 6] !== '、' && text[k - 7] !== '、') continue;
    if (!LIST_TAIL.test(text.slice(k, k + 8))) continue;
    const from = Math.max(0, k - 80);
    const m = [...text.slice(from, k + 30).matchAll(LIST_MEMBERS)].find((x) => from + (x.index ?? 0) + (x[1]?.length ?? 0) === k);
    if (!m) continue;
    const list = m[1] ?? '';
    let pos = from + (m.index ?? 0);
    list.split('、').forEach((item, idx) => {
      let start = pos;
      const end = pos + item.length;
      if (idx === 0) {
        // Trim what stands before the first item: walk left from its end until a stop word.
        let p = end;
        while (p > start && bestEndingAt(lex, text, p).stop === 0) p--;
        start = p;
        if (end - start > 6) start = end;
      }
      const name = text.slice(start, end);
      pos = end + 1;
      if (name.length < 2 || lex.generic.has(name) || lex.places.has(name)) return;
      out.push({
        start, end, orgType: 'company', rule: R.orgListMember.id, gazetteer: lex.gazetteer.get(name) ?? null,
        parentEnd: null, parentGazetteer: null, english: lex.gazetteer.get(name)?.english ?? null, anchored: true,
      });
    });
  }
  return out;
}

/** Place stems the walk accepted before 市/县/区 or a local head: 北仑 from 宁波市公安局北仑分局. */
export function learnPlaces(lex: Lexicons, view: TextView, candidates: readonly OrgCandidate[]): Set<string> {
  const text = view.norm;
  const learned = new Set<string>();
  for (const c of candidates) {
    const name = text.slice(c.start, c.end);
    for (const m of name.matchAll(/(\p{Script=Han}{2})(?:区|县|分局)/gu)) {
      const stem = m[1] ?? '';
      if (bestEndingAt(lex, stem, 2).stop === 0) learned.add(stem);
    }
  }
  return learned;
}
