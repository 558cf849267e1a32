// Gives ORG candidates their identity: key, canonical name, parent, and the full-name mention a
// back-reference or abbreviation points to. Candidates with no anchor survive only as back-references.
import type { Lexicons } from './lexicons';
import { cleanOriginal, type TextView } from './normalize';
import type { OrgCandidate } from './org';
import { orgBackReference } from './rules/org-rules';
import type { OrgMention } from './types';

interface Known {
  folded: string;
  key: string;
  canonical: string;
  parent: string | null;
  mention: OrgMention | null;
}

export interface LinkedOrg {
  mention: OrgMention;
  /** The full-name mention this one refers to; turned into an index once the final order is known. */
  referent: OrgMention | null;
  normStart: number;
  normEnd: number;
}

function parentOf(lex: Lexicons, view: TextView, c: OrgCandidate): Known | null {
  if (c.gazetteer) {
    const p = c.gazetteer.parent;
    return p ? { folded: p, key: p, canonical: p, parent: null, mention: null } : null;
  }
  if (c.parentEnd === null) return null;
  const folded = view.norm.slice(c.start, c.parentEnd);
  const gaz = lex.gazetteer.get(folded);
  const canonical = gaz ? gaz.name : cleanOriginal(view, c.start, c.parentEnd);
  return { folded, key: gaz ? gaz.name : folded, canonical, parent: gaz?.parent ?? null, mention: null };
}

/** Every proper suffix of the names seen so far → the latest name ending with it. */
type SuffixIndex = Map<string, Known>;

function remember(index: SuffixIndex, k: Known): void {
  for (let i = 1; i < k.folded.length - 1; i++) index.set(k.folded.slice(i), k);
}

/** `candidates` must be sorted by start and free of overlaps. */
export function linkOrgs(
  lex: Lexicons,
  view: TextView,
  candidates: readonly OrgCandidate[],
): { linked: LinkedOrg[]; dropped: OrgCandidate[] } {
  const suffixes: SuffixIndex = new Map();
  const firstMention = new Map<string, OrgMention>();
  const linked: LinkedOrg[] = [];
  const dropped: OrgCandidate[] = [];
  for (const c of candidates) {
    const folded = view.norm.slice(c.start, c.end);
    const gaz = c.gazetteer;
    const full = gaz ? null : (suffixes.get(folded) ?? null);
    if (!c.anchored && !full) {
      dropped.push(c);
      continue;
    }
    const parent = parentOf(lex, view, c);
    const mention: OrgMention = {
      type: 'ORG',
      start: 0,
      end: 0,
      text: '',
      orgType: c.orgType,
      key: gaz ? gaz.name : (full?.key ?? folded),
      canonical: gaz ? gaz.name : (full?.canonical ?? cleanOriginal(view, c.start, c.end)),
      english: c.english,
      parent: full ? full.parent : (parent?.canonical ?? null),
      refersTo: null,
      rule: c.anchored ? c.rule : orgBackReference.id,
    };
    let referent: OrgMention | null = full?.mention ?? null;
    if (gaz && folded !== gaz.name) referent = firstMention.get(gaz.name) ?? null;
    linked.push({ mention, referent, normStart: c.start, normEnd: c.end });
    if (parent) remember(suffixes, parent);
    remember(suffixes, { folded, key: mention.key, canonical: mention.canonical, parent: mention.parent, mention });
    if (!firstMention.has(folded)) firstMention.set(folded, mention);
  }
  return { linked, dropped };
}
