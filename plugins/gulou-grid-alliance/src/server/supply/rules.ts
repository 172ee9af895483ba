import { allow, type CityAccess, deny, inScope, invalid, type Permit, refuse, say } from '@jiceng/plugin-kit';
import { PROJECT_MOVES, type ProjectStatus } from '../../shared/terms';

/** Rules of the supply-and-need list (供需清单), service projects and open facilities: pure, tested without a database. */

/** Whether a facility is open at an instant, in China Standard Time. days[0] is Monday. */
export function openAt(f: { days: string; opens_at: string; closes_at: string }, at: Date) {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  const hm = local.toISOString().slice(11, 16);
  return f.days[dow] === '1' && hm >= f.opens_at && hm < f.closes_at;
}

/** 开放阵地: the unit's own party org side (its org in the actor's reach) or a city admin manages a facility. */
export function mayManageFacility(access: CityAccess, unitOrgPath: string | null): Permit {
  if (access.level === 'city' || (access.level === 'orgs' && inScope(access, unitOrgPath))) return allow();
  return deny(
    say(
      '仅设施所属单位的党组织或城市管理员可管理',
      'only the party org of the facility’s unit, or a city admin, manages it',
    ),
  );
}

/** An entry or project is managed from its grid's side or its unit's side (or by the city). */
export function mayManageEntry(
  access: CityAccess,
  r: { grid_path: string | null; unit_path: string | null },
) {
  return access.level === 'city' || inScope(access, r.grid_path) || inScope(access, r.unit_path);
}

/** An entry belongs to exactly one of a grid branch or a unit. */
export function checkOwner(gridOrgId: number | null, unitId: number | null) {
  if ((gridOrgId == null) === (unitId == null))
    throw invalid(
      say('须且只能指定网格党支部或单位之一', 'give either a grid branch or a unit'),
      'gridOrgId',
    );
}

/** Only an open entry is withdrawn. */
export function checkWithdrawable(status: string) {
  if (status !== 'open')
    throw refuse(
      status === 'matched'
        ? say('已对接成项目，不能撤回', 'matched into a project')
        : say('已撤回', 'already withdrawn'),
    );
}

interface Entry {
  side: string;
  status: string;
  grid_org_id: number | null;
  unit_id: number | null;
}

/**
 * A match pairs an open need with an open offer, one from a grid branch and one from a unit. Answers which side is
 * the grid's (and the field naming it) and which the unit's.
 */
export function matchSides<N extends Entry, O extends Entry>(need: N, offer: O) {
  if (need.side !== 'need') throw invalid(say('这是一条供给，不是需求', 'that entry is an offer'), 'needId');
  if (offer.side !== 'offer') throw invalid(say('这是一条需求，不是供给', 'that entry is a need'), 'offerId');
  if ((need.grid_org_id == null) === (offer.grid_org_id == null))
    throw invalid(
      say('供需须在网格党支部与驻区单位之间对接', 'a match pairs a grid branch with a unit'),
      'offerId',
    );
  if (need.status !== 'open') throw refuse(say('需求已对接或撤回', 'the need is no longer open'), 'needId');
  if (offer.status !== 'open')
    throw refuse(say('供给已对接或撤回', 'the offer is no longer open'), 'offerId');
  const gridIsNeed = need.grid_org_id != null;
  return {
    grid: (gridIsNeed ? need : offer) as N | O,
    unit: (gridIsNeed ? offer : need) as N | O,
    gridField: gridIsNeed ? 'needId' : 'offerId',
  };
}

/** A project ends on or after the day it starts. */
export function checkProjectDates(startOn: string, endOn: string) {
  if (endOn < startOn) throw invalid(say('结束日期早于开始日期', 'ends before it starts'), 'endOn');
}

/**
 * A project moves planned → in progress → completed, or is cancelled from either open state; the move stamps the
 * day it started or was completed.
 */
export function projectMove(from: string, to: ProjectStatus, day: string) {
  if (!PROJECT_MOVES[from as ProjectStatus]?.includes(to))
    throw refuse(say(`不能从 ${from} 变为 ${to}`, `cannot move from ${from} to ${to}`), 'status');
  const set: { status: ProjectStatus; started_on?: string; completed_on?: string } = { status: to };
  if (to === 'in_progress') set.started_on = day;
  if (to === 'completed') set.completed_on = day;
  return set;
}

/** A facility closes after it opens, on the same day. */
export function checkHours(opensAt: string, closesAt: string) {
  if (closesAt <= opensAt) throw invalid(say('关闭时间须晚于开放时间', 'closes before it opens'), 'closesAt');
}
