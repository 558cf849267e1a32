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

function findFullName(known: readonly Known[], folded: string): Known | null {
  for (let i = known.length - 1; i >= 0; i--) {
    const k = known[i];
    if (k && k.folded.length > folded.length && k.folded.endsWith(folded)) return k;
  }
  return null;
}

/** `candidates` must be sorted by start and free of overlaps. */
export function linkOrgs(
  lex: Lexicons,
  view: TextView,
  candidates: readonly OrgCandidate[],
): { linked: LinkedOrg[]; dropped: OrgCandidate[] } {
  const known: Known[] = [];
  const linked: LinkedOrg[] = [];
  const dropped: OrgCandidate[] = [];
  for (const c of candidates) {
    const folded = view.norm.slice(c.start, c.end);
    const gaz = c.gazetteer;
    const full = gaz ? null : findFullName(known, folded);
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
    if (gaz && folded !== gaz.name) referent = known.find((k) => k.mention && k.folded === gaz.name)?.mention ?? null;
    linked.push({ mention, referent, normStart: c.start, normEnd: c.end });
    if (parent) known.push(parent);
    known.push({ folded, key: mention.key, canonical: mention.canonical, parent: mention.parent, mention });
  }
  return { linked, dropped };
}
