// Builds the lookup structures from the data files once, at module load.
import approxText from './data/approx.tsv?raw';
import adminText from './data/admin-suffixes.txt?raw';
import foldText from './data/fold.tsv?raw';
import gazetteerText from './data/gazetteer.tsv?raw';
import genericText from './data/generic-orgs.txt?raw';
import nameWordsText from './data/name-words.txt?raw';
import suffixesText from './data/org-suffixes.tsv?raw';
import titlesText from './data/person-titles.txt?raw';
import placesText from './data/place-names.txt?raw';
import stopText from './data/stop-words.txt?raw';
import subjectStopText from './data/subject-stops.txt?raw';
import nominalHeadsText from './data/nominal-heads.txt?raw';
import unitsText from './data/units.tsv?raw';
import {
  parseApprox,
  parseFold,
  parseGlossary,
  parseGazetteer,
  parseList,
  parsePlaces,
  parseSuffixes,
  parseUnits,
  type ApproxEntry,
  type GazetteerEntry,
  type SuffixEntry,
  type UnitEntry,
} from './lexicon';
import { foldText as foldString } from './normalize';
import { addReversed, addToTrie, createTrie, type TrieNode } from './trie';

/** What a token found while walking left from a head word is. */
export type TokenCategory = 'gazetteer' | 'head' | 'word' | 'place' | 'admin' | 'stop';

export interface TokenValue {
  category: TokenCategory;
  gazetteer?: GazetteerEntry;
  suffix?: SuffixEntry;
  english?: string | null;
}

export interface Lexicons {
  fold: ReadonlyMap<string, string>;
  units: TrieNode<UnitEntry>;
  approx: readonly ApproxEntry[];
  /** Reversed trie of every name piece and stop word. */
  tokens: TrieNode<TokenValue>;
  /** Reversed trie of head words (suffixes and gazetteer names) only. */
  heads: TrieNode<TokenValue>;
  /** 1 at the char code of every last character of a head word. */
  headLastCodes: Uint8Array;
  /** Folded gazetteer name or alias → entry. */
  gazetteer: ReadonlyMap<string, GazetteerEntry>;
  generic: ReadonlySet<string>;
  /** Generic tails (…诈骗集团): a name ending in one of these is a kind, not a name. */
  genericTails: readonly string[];
  titles: TrieNode<true>;
  places: ReadonlyMap<string, string | null>;
  /** One-character heads (局, 部 …) by character: their continuations apply to every head ending in them. */
  singleHeads: ReadonlyMap<string, SuffixEntry>;
  stops: TrieNode<true>;
  /** Reversed trie of stop words and subject-only stop words (verbs before a figure), for the subject walk. */
  subjectStops: TrieNode<true>;
  /** Words that belong to what is counted though a stop word is in them (`!` lines of subject-stops.txt: 本地, 人均). */
  subjectKeeps: readonly string[];
  /** Nouns that make the verb before them part of the subject (受理数, 止付时间), longest first. */
  nominalHeads: readonly string[];
}

const PLACE_ADMIN = ['省', '市', '县', '区', '镇'];

export function buildLexicons(): Lexicons {
  const fold = parseFold(foldText);
  const f = (s: string): string => foldString(s, fold);

  const units = createTrie<UnitEntry>();
  for (const u of parseUnits(unitsText)) addToTrie(units, f(u.unit), u);

  const tokens = createTrie<TokenValue>();
  const heads = createTrie<TokenValue>();
  const headLastChars = new Set<string>();
  const addHead = (key: string, value: TokenValue): void => {
    addReversed(heads, key, value);
    addReversed(tokens, key, value);
    headLastChars.add(key[key.length - 1] ?? '');
  };

  const gazetteer = new Map<string, GazetteerEntry>();
  for (const g of parseGazetteer(gazetteerText)) {
    for (const name of [g.name, ...g.aliases]) {
      const key = f(name);
      if (!gazetteer.has(key)) gazetteer.set(key, g);
      addHead(key, { category: 'gazetteer', gazetteer: g, english: g.english });
    }
  }
  const singleHeads = new Map<string, SuffixEntry>();
  for (const s of parseSuffixes(suffixesText)) {
    addHead(f(s.suffix), { category: 'head', suffix: s });
    if (s.suffix.length === 1) singleHeads.set(f(s.suffix), s);
  }

  for (const w of parseGlossary(nameWordsText)) addReversed(tokens, f(w.name), { category: 'word', english: w.english });
  const places = new Map<string, string | null>();
  for (const p of parsePlaces(placesText)) {
    places.set(f(p.name), p.english);
    addReversed(tokens, f(p.name), { category: 'place', english: p.english });
    // 上城区, 宁波市: a known place with its admin suffix is one token, longer than any word ending in 区.
    for (const admin of PLACE_ADMIN) addReversed(tokens, f(p.name) + admin, { category: 'place', english: p.english });
  }
  for (const a of parseList(adminText)) addReversed(tokens, f(a), { category: 'admin' });

  const stops = createTrie<true>();
  for (const w of parseList(stopText)) {
    addReversed(tokens, f(w), { category: 'stop' });
    addReversed(stops, f(w), true);
  }
  const subjectStops = createTrie<true>();
  const subjectLines = parseList(subjectStopText);
  const notSubjectStops = new Set(subjectLines.filter((w) => w.startsWith('!')).map((w) => f(w.slice(1))));
  for (const w of [...parseList(stopText), ...subjectLines.filter((l) => !l.startsWith('!'))]) {
    if (!notSubjectStops.has(f(w))) addReversed(subjectStops, f(w), true);
  }
  const titles = createTrie<true>();
  for (const t of parseList(titlesText)) {
    addReversed(tokens, f(t), { category: 'stop' });
    addToTrie(titles, f(t), true);
  }

  const headLastCodes = new Uint8Array(65536);
  for (const ch of headLastChars) headLastCodes[ch.charCodeAt(0)] = 1;
  return {
    fold,
    headLastCodes,
    units,
    approx: parseApprox(approxText).map((a) => ({ ...a, word: f(a.word) })),
    tokens,
    heads,
    gazetteer,
    generic: new Set(parseList(genericText).filter((g) => !g.startsWith('…')).map(f)),
    genericTails: parseList(genericText).filter((g) => g.startsWith('…')).map((g) => f(g.slice(1))),
    titles,
    places,
    singleHeads,
    stops,
    subjectStops,
    subjectKeeps: [...notSubjectStops],
    nominalHeads: parseList(nominalHeadsText).map(f).sort((a, b) => b.length - a.length),
  };
}

let cached: Lexicons | null = null;

/** The lexicons, built on first use and shared afterwards (they are never mutated). */
export function getLexicons(): Lexicons {
  cached ??= buildLexicons();
  return cached;
}
