import { type LocalizedText, say } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';

/** Pure rules of the 1+N+1 structure: no database, no HTTP (unit-tested in rules.test.ts). */

/** Org kinds that carry the tree itself and never become one of the N. */
export const STRUCTURAL_KINDS = [
  'city_committee',
  'street_working_committee',
  'organs_working_committee',
  ORG_KINDS.regional,
  ORG_KINDS.centre,
];

/** Ids of the orgs on a materialized path ('/1/4/9/' → [1, 4, 9]), the org itself last. */
export const pathIds = (path: string) => path.split('/').filter(Boolean).map(Number);

/** An org proposed for the N, with what the eligibility chain looks at. */
export interface NOrg {
  id: number;
  kind: string;
  path: string;
  placeId: number | null;
  unitId: number | null;
}

/** What the eligibility chain knows about the city's current state. */
export interface NFacts {
  /** The region the org would join. */
  region: { id: number; regionalPath: string };
  /** Whether the actor's scope reaches this path. */
  inScope: (path: string) => boolean;
  /** Orgs of government / public-institution units (行政事业单位), by org id, with the unit's name. */
  stayingOrgs: ReadonlyMap<number, { name: string }>;
  /** Orgs now in some region's N (not returned), by org id. */
  inRegion: ReadonlyMap<number, { regionId: number; regionName: string }>;
  /** Units of this region. */
  regionUnits: ReadonlySet<number>;
  /** Paths of this region's areas (communities, compounds). */
  areaPaths: readonly string[];
  /** Paths of the places the orgs sit in, by place id. */
  placePaths: ReadonlyMap<number, string>;
}

export type NRefusalCode =
  | 'out_of_scope'
  | 'structural'
  | 'ancestor'
  | 'government_org'
  | 'already_in_region'
  | 'in_other_region'
  | 'parent_in_region'
  | 'not_in_region';

/**
 * Why an org cannot join the region's N, or null when it can. The first failing link of the chain wins:
 * scope → the tree's own committees → an ancestor of the regional org → a government or public-institution org
 * (at any level above, so a branch inside a bureau's committee too) → already in this region → in another region
 * (one region at a time) → its parent already in this region → not an org of the region's units or areas.
 */
export function nRefusal(org: NOrg, facts: NFacts): { code: NRefusalCode; text: LocalizedText } | null {
  const { region } = facts;
  const ancestors = pathIds(org.path);
  const stayingAncestor = ancestors.map((a) => facts.stayingOrgs.get(a)).find(Boolean);
  const placePath = org.placeId ? facts.placePaths.get(org.placeId) : undefined;
  const belongs =
    (org.unitId && facts.regionUnits.has(org.unitId)) ||
    (placePath && facts.areaPaths.some((p) => placePath.startsWith(p)));
  const other = facts.inRegion.get(org.id);
  if (!facts.inScope(org.path))
    return { code: 'out_of_scope', text: say('不在您的管理范围内', 'outside your scope') };
  if (STRUCTURAL_KINDS.includes(org.kind))
    return {
      code: 'structural',
      text: say('上级或区域结构党组织不能划入', 'a committee of the tree itself cannot be moved in'),
    };
  if (region.regionalPath.startsWith(org.path))
    return {
      code: 'ancestor',
      text: say('不能把区域党组织的上级划入区域', 'an ancestor of the regional org cannot move under it'),
    };
  if (stayingAncestor)
    return {
      code: 'government_org',
      text: say(
        `行政事业单位党组织(${stayingAncestor.name})不划入区域党组织`,
        `government and public-institution orgs (${stayingAncestor.name}) stay where they are`,
      ),
    };
  if (other && other.regionId === region.id)
    return { code: 'already_in_region', text: say('已在本区域', 'already in this region') };
  if (other)
    return {
      code: 'in_other_region',
      text: say(
        `已划入区域"${other.regionName}"，一个党组织不能同时属于两个区域`,
        `already in region "${other.regionName}"; an org cannot be in two regions`,
      ),
    };
  const parentInRegion = ancestors.some((a) => a !== org.id && facts.inRegion.get(a)?.regionId === region.id);
  if (parentInRegion)
    return {
      code: 'parent_in_region',
      text: say('其上级党组织已在本区域', 'its parent org is already in this region'),
    };
  if (!belongs)
    return {
      code: 'not_in_region',
      text: say('不属于本区域的单位或片区', 'not an org of a unit or area of this region'),
    };
  return null;
}

/** A refused move is a conflict with the current state (409) only when every refusal is "already in a region". */
export const moveRefusalStatus = (codes: readonly string[]): 400 | 409 =>
  codes.every((code) => code === 'in_other_region' || code === 'already_in_region') ? 409 : 400;

/** Why an area cannot join the region (400: not inside the town; 409: already in a region), or null. */
export function placeProblem(
  place: { id: number; name: string; path: string; regionId: number | null; regionName: string | null },
  town: { placeId: number; path: string },
  regionId: number | null,
): { status: 400 | 409; text: LocalizedText } | null {
  if (place.id === town.placeId || !place.path.startsWith(town.path))
    return {
      status: 400,
      text: say(`${place.name} 不在该镇(街道)范围内`, `${place.name} is not inside the town`),
    };
  return inRegionProblem(place, regionId);
}

/** Why a unit cannot join the region (409: already in this or another region), or null. */
export const unitProblem = (
  unit: { name: string; regionId: number | null; regionName: string | null },
  regionId: number | null,
) => inRegionProblem(unit, regionId);

function inRegionProblem(
  x: { name: string; regionId: number | null; regionName: string | null },
  regionId: number | null,
): { status: 409; text: LocalizedText } | null {
  if (x.regionId && x.regionId === regionId)
    return { status: 409, text: say(`${x.name} 已在本区域`, `${x.name} is already in this region`) };
  if (x.regionId)
    return {
      status: 409,
      text: say(
        `${x.name} 已属于区域"${x.regionName}"`,
        `${x.name} already belongs to region "${x.regionName}"`,
      ),
    };
  return null;
}

/**
 * Where an org of the N goes back to. Still under the regional org: back to where it sat before (moved). Moved
 * elsewhere since (by the roster): it stays where it is, and the return only closes the record.
 */
export function returnTarget(
  org: { parentId: number | null; previousParentId: number | null },
  regionalOrgId: number,
): { moved: boolean; parentId: number | null } {
  const stillUnder = org.parentId === regionalOrgId;
  return { moved: stillUnder, parentId: stillUnder ? org.previousParentId : org.parentId };
}

/** A mass organization mirrors the regional org, the centre's org or one of the current N. */
export const mirrorAllowed = (
  orgId: number,
  region: { regionalOrgId: number; centreOrgId: number },
  currentN: readonly number[],
) => orgId === region.regionalOrgId || orgId === region.centreOrgId || currentN.includes(orgId);
