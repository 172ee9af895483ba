import { type LocalizedText, say } from '@jiceng/plugin-kit';
import {
  BODY_KINDS,
  BODY_LABELS,
  BODY_LEVEL,
  type BodyKind,
  BUILDING_GROUP_KIND,
  GRID_BRANCH_KIND,
} from '../../shared/terms';

/**
 * Pure rules of the grid network (网格党支部, 楼栋党小组), its councils (议事机构) and studios: no database, no HTTP
 * (unit-tested in rules.test.ts). A problem is answered as `{ field, reason }`, or null when there is none.
 */

export interface Problem {
  field: string;
  reason: LocalizedText;
}

/** Which org kinds each level of council sits on. */
export function orgFitsLevel(kind: string, level: 'street' | 'community' | 'grid') {
  if (level === 'grid') return kind === GRID_BRANCH_KIND;
  if (level === 'community') return kind.startsWith('community_');
  return kind === 'street_working_committee';
}

const LEVEL_ORG_ZH = { street: '街镇党工委', community: '社区党组织', grid: '网格党支部' } as const;

/** A council of `kind` must sit on an org of its level (大工委 on a street, 大党委 on a community …). */
export function bodyPlacementProblem(kind: BodyKind, orgKind: string): Problem | null {
  const level = BODY_LEVEL[kind];
  if (orgFitsLevel(orgKind, level)) return null;
  return {
    field: 'kind',
    reason: say(
      `${BODY_LABELS[kind]['zh-CN']}须设在${LEVEL_ORG_ZH[level]}`,
      `${BODY_LABELS[kind].en} belongs on a ${level} org`,
    ),
  };
}

/** The name a new grid branch gets when none is given: 一社区 + 第1网格 + 党支部. */
export const defaultBranchName = (communityName: string, gridName: string) =>
  `${communityName}${gridName}党支部`;

/** The name a new council gets when none is given: the org's name without 党委/党支部 … plus the council's kind. */
export const defaultBodyName = (orgName: string, kind: BodyKind) =>
  `${orgName.replace(/党(工委|委|总支|支部)$/, '')}${BODY_LABELS[kind]['zh-CN'].replace(/^(街镇|社区)/, '')}`;

/** What a part-time committee member must name for their source: the unit, or the member they represent. */
export function bodyMemberProblem(m: {
  source: string;
  unitId: number | null;
  memberId: number | null;
}): Problem | null {
  if ((m.source === 'unit' || m.source === 'two_new_secretary') && !m.unitId)
    return { field: 'unitId', reason: say('请注明所在单位', 'name the unit') };
  if (m.source === 'member' && !m.memberId)
    return { field: 'memberId', reason: say('党员代表须关联党员', 'link the member') };
  return null;
}

/** A “two-new” secretary (“两新”组织书记) comes from a new economic or new social organization. */
export function unitSourceProblem(source: string, unitKind: string): Problem | null {
  if (source === 'two_new_secretary' && unitKind !== 'new_economic' && unitKind !== 'new_social')
    return { field: 'unitId', reason: say('不是“两新”组织', 'not a two-new organization') };
  return null;
}

/** A membership ends on or after the day it began. */
export function endProblem(since: string, until: string): Problem | null {
  if (until < since) return { field: 'until', reason: say('卸任日期早于任职日期', 'until before since') };
  return null;
}

/** The grid_info columns a patch of the branch changes (households, founding date); empty when none. */
export function gridInfoChanges(patch: { households?: number | null; establishedOn?: string | null }): {
  households?: number | null;
  established_on?: string | null;
} {
  const info: { households?: number | null; established_on?: string | null } = {};
  if (patch.households !== undefined) info.households = patch.households;
  if (patch.establishedOn !== undefined) info.established_on = patch.establishedOn;
  return info;
}

/** An org of the four-level network as the summary sees it. */
export interface NetworkOrg {
  id: number;
  kind: string;
  name: string;
  path: string;
}
/** A council with its active members, under the org at `path`. */
export interface NetworkBody {
  kind: string;
  path: string;
  members: number;
}

/** The four-level network (街镇—社区—网格—楼栋) counted per street, with the councils and their members. */
export function networkSummary(orgs: readonly NetworkOrg[], bodies: readonly NetworkBody[]) {
  const streets = orgs.filter((o) => o.kind === 'street_working_committee');
  const count = (path: string, pred: (o: NetworkOrg) => boolean) =>
    orgs.filter((o) => o.path.startsWith(path) && pred(o)).length;
  const isCommunity = (o: NetworkOrg) => o.kind.startsWith('community_');
  const isBranch = (o: NetworkOrg) => o.kind === GRID_BRANCH_KIND;
  const isGroup = (o: NetworkOrg) => o.kind === BUILDING_GROUP_KIND;
  return {
    totals: {
      streets: streets.length,
      communities: orgs.filter(isCommunity).length,
      gridBranches: orgs.filter(isBranch).length,
      buildingGroups: orgs.filter(isGroup).length,
    },
    bodies: BODY_KINDS.map((kind) => ({
      kind,
      bodies: bodies.filter((b) => b.kind === kind).length,
      members: bodies.filter((b) => b.kind === kind).reduce((n, b) => n + b.members, 0),
    })),
    streets: streets.map((s) => ({
      orgId: s.id,
      name: s.name,
      communities: count(s.path, isCommunity),
      gridBranches: count(s.path, isBranch),
      buildingGroups: count(s.path, isGroup),
      partTimeMembers: bodies.filter((b) => b.path.startsWith(s.path)).reduce((n, b) => n + b.members, 0),
    })),
  };
}
