import type { LocalizedText } from '@jiceng/plugin-kit';
import { num, say } from '@jiceng/plugin-kit';

/** The pure rules of compounds (小区) and their 兼合式 party orgs: which compounds an org may cover, its name, coverage. */

/** A compound place as the coverage check reads it, with the org covering it (null when none). */
export interface CompoundPlace {
  id: number;
  name: string;
  kind: string;
  parent_id: number | null;
  org_id: number | null;
}

/** What is wrong with a list of compounds for an org of the community at `communityPlaceId`. */
export type CompoundProblem =
  | { kind: 'duplicate'; detail: LocalizedText }
  | { kind: 'cross_city' }
  | { kind: 'not_in_community'; detail: LocalizedText }
  | { kind: 'covered'; detail: LocalizedText };

/**
 * The first problem with the compounds `ids` (found as `rows`): each listed once, each a compound of this community,
 * none covered by a compound org yet. Null when an org may cover them all.
 */
export function compoundsProblem(
  ids: number[],
  rows: CompoundPlace[],
  communityPlaceId: number | null,
): CompoundProblem | null {
  if (new Set(ids).size !== ids.length)
    return { kind: 'duplicate', detail: say('小区重复', 'a compound is listed twice') };
  for (const id of ids) {
    const p = rows.find((r) => r.id === id);
    if (!p) return { kind: 'cross_city' };
    if (p.kind !== 'compound' || p.parent_id !== communityPlaceId)
      return {
        kind: 'not_in_community',
        detail: say(`「${p.name}」不是本社区的小区`, `${p.name} is not a compound of this community`),
      };
    if (p.org_id != null)
      return {
        kind: 'covered',
        detail: say(`「${p.name}」已有小区党组织`, `${p.name} already has a compound party org`),
      };
  }
  return null;
}

/** An org over one compound is formed alone (单独组建); over several, jointly (联合组建). */
export const formation = (compounds: number): 'joint' | 'single' => (compounds > 1 ? 'joint' : 'single');

/** The default name: 「甲小区党支部」 alone, 「甲小区、乙小区联合党支部」 jointly. */
export function compoundOrgName(compounds: { name: string }[]): string {
  return compounds.length > 1
    ? `${compounds.map((p) => p.name).join('、')}联合党支部`
    : `${compounds[0]?.name ?? ''}党支部`;
}

/** The compounds column of the org list: json_agg comes back as text from some drivers, and null when none. */
export function parseCompounds(v: unknown): { id: number; name: string }[] {
  return (typeof v === 'string' ? JSON.parse(v) : v) ?? [];
}

/** One compound row of the coverage query. */
export interface CoverageRow {
  id: number;
  name: string;
  community_org_id: number;
  community_org_name: string;
  street_org_id: number | null;
  street_org_name: string | null;
  org_id: number | null;
  org_name: string | null;
  org_compounds: unknown;
}

/**
 * Coverage per community in row order: how many compounds, how many covered, how many compound orgs (an org over
 * compounds of two communities counts once, in the first); totals over all and the rate (null without compounds).
 */
export function coverage(rows: CoverageRow[]) {
  const communities = new Map<
    number,
    {
      communityOrgId: number;
      communityOrgName: string;
      streetOrgId: number | null;
      streetOrgName: string | null;
      compounds: number;
      covered: number;
      compoundOrgs: number;
      items: { id: number; name: string; orgId: number | null; orgName: string | null; joint: boolean }[];
    }
  >();
  const orgs = new Set<number>();
  for (const r of rows) {
    let row = communities.get(r.community_org_id);
    if (!row) {
      row = {
        communityOrgId: r.community_org_id,
        communityOrgName: r.community_org_name,
        streetOrgId: r.street_org_id,
        streetOrgName: r.street_org_name,
        compounds: 0,
        covered: 0,
        compoundOrgs: 0,
        items: [],
      };
      communities.set(r.community_org_id, row);
    }
    row.compounds++;
    if (r.org_id) {
      row.covered++;
      if (!orgs.has(r.org_id)) row.compoundOrgs++;
      orgs.add(r.org_id);
    }
    row.items.push({
      id: r.id,
      name: r.name,
      orgId: r.org_id,
      orgName: r.org_name,
      joint: num(r.org_compounds) > 1,
    });
  }
  const list = [...communities.values()];
  const compounds = list.reduce((s, r) => s + r.compounds, 0);
  const covered = list.reduce((s, r) => s + r.covered, 0);
  return {
    totals: {
      communities: list.length,
      compounds,
      covered,
      uncovered: compounds - covered,
      compoundOrgs: orgs.size,
      rate: compounds ? covered / compounds : null,
    },
    communities: list,
  };
}
