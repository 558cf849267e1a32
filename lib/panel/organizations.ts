import { ORG_TYPES, isOrg, type OrgItem, type OrgType, type PanelMention } from './mentions';

/** One organization of the page, however often and however briefly it is named. */
export interface OrgGroup {
  key: string;
  /** Full name (from the first full mention; back-references such as 该局 are folded in). */
  canonical: string;
  /**
   * The full name as the page shows it now: the shown text of a mention that wrote the full name
   * (so a page converted to Traditional lists 寧波市公安局), else `canonical`.
   */
  displayName: string;
  english: string | null;
  /** The parent organization's name as the extractor gave it. */
  parent: string | null;
  /** Key of the parent when the parent is itself named on the page. */
  parentKey: string | null;
  orgType: OrgType;
  /** Mention ids in text order: what next/previous step through. */
  mentionIds: number[];
  /** Other full forms the page uses for it (short names, converted script), in text order. */
  otherNames: string[];
  /** Where it first appears in the text. */
  firstStart: number;
}

export interface OrgNode {
  group: OrgGroup;
  children: OrgNode[];
}

export interface OrgSection {
  orgType: OrgType;
  /** Top-level organizations of the section; organizations under a named parent are nested. */
  nodes: OrgNode[];
  /** Number of organizations in the section, nested ones included. */
  count: number;
}

/** The full-name mention a back-reference points to, following chains and ignoring loops. */
function referent(m: OrgItem, byId: Map<number, OrgItem>): OrgItem {
  let current = m;
  const seen = new Set<number>([m.id]);
  while (current.refersTo !== null) {
    const next = byId.get(current.refersTo);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}

/**
 * Groups ORG mentions into organizations: one entry per `key`, back-references counted with the
 * organization they refer to, in order of first appearance.
 */
export function groupOrganizations(mentions: readonly PanelMention[]): OrgGroup[] {
  const orgs = mentions.filter(isOrg).sort((a, b) => a.start - b.start || a.id - b.id);
  const byId = new Map(orgs.map((m) => [m.id, m]));
  const groups = new Map<string, { group: OrgGroup; full: boolean; shownFull: boolean }>();
  for (const m of orgs) {
    const target = referent(m, byId);
    const isFull = m.refersTo === null;
    let entry = groups.get(target.key);
    if (!entry) {
      entry = {
        group: {
          key: target.key,
          canonical: target.canonical,
          displayName: target.canonical,
          english: target.english,
          parent: target.parent,
          parentKey: null,
          orgType: target.orgType,
          mentionIds: [],
          otherNames: [],
          firstStart: m.start,
        },
        full: target.refersTo === null,
        shownFull: false,
      };
      groups.set(target.key, entry);
    }
    const g = entry.group;
    g.mentionIds.push(m.id);
    if (isFull && !entry.full) {
      // The first full name seen beats whatever a dangling back-reference said.
      entry.full = true;
      g.canonical = m.canonical;
      g.displayName = m.canonical;
      g.orgType = m.orgType;
    }
    g.english ??= m.english;
    g.parent ??= m.parent;
    const name = m.shown || m.text;
    if (isFull && m.text === g.canonical && !entry.shownFull) {
      entry.shownFull = true;
      g.displayName = name;
    }
  }
  for (const { group: g } of groups.values()) {
    // Other full forms (short names), not the full name in either script; back-references
    // (该局, 该公司) are counted but not listed as names of their own.
    g.otherNames = orgs
      .filter((m) => m.refersTo === null && g.mentionIds.includes(m.id))
      .map((m) => m.shown || m.text)
      .filter((name, i, all) => name && name !== g.canonical && name !== g.displayName && all.indexOf(name) === i);
  }
  const list = [...groups.values()].map((e) => e.group);
  const byKey = new Map(list.map((g) => [g.key, g]));
  const byName = new Map(list.map((g) => [g.canonical, g]));
  for (const g of list) {
    if (g.parent === null) continue;
    const parent = byKey.get(g.parent) ?? byName.get(g.parent);
    if (parent && parent !== g) g.parentKey = parent.key;
  }
  return list;
}

/** True when following parents from `child` reaches `ancestor` (guards against cycles). */
function isBelow(child: OrgGroup, ancestorKey: string, byKey: Map<string, OrgGroup>): boolean {
  const seen = new Set<string>();
  let current: OrgGroup | undefined = child;
  while (current && current.parentKey !== null && !seen.has(current.key)) {
    if (current.parentKey === ancestorKey) return true;
    seen.add(current.key);
    current = byKey.get(current.parentKey);
  }
  return false;
}

/**
 * Sections by organization type, in a fixed order. Within a section an organization whose parent
 * is also listed there is nested under it (网安支队 under 宁波市公安局); others stay at the top
 * and the panel names their parent in words.
 */
export function sectionOrganizations(groups: readonly OrgGroup[]): OrgSection[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const sections: OrgSection[] = [];
  for (const orgType of ORG_TYPES) {
    const members = groups.filter((g) => g.orgType === orgType);
    if (members.length === 0) continue;
    const inSection = new Set(members.map((g) => g.key));
    const nodes = new Map(members.map((g) => [g.key, { group: g, children: [] as OrgNode[] }]));
    const roots: OrgNode[] = [];
    for (const g of members) {
      const node = nodes.get(g.key)!;
      const parentNode = g.parentKey !== null && inSection.has(g.parentKey) ? nodes.get(g.parentKey) : undefined;
      // A cycle in the data (A under B under A) would hide both: keep such nodes at the top.
      if (parentNode && !isBelow(parentNode.group, g.key, byKey)) parentNode.children.push(node);
      else roots.push(node);
    }
    sections.push({ orgType, nodes: roots, count: members.length });
  }
  return sections;
}

/** The name to show for an organization's parent: the listed organization's full name when known. */
export function parentName(group: OrgGroup, groups: readonly OrgGroup[]): string | null {
  if (group.parent === null) return null;
  if (group.parentKey !== null) return groups.find((g) => g.key === group.parentKey)?.displayName ?? group.parent;
  return group.parent;
}
