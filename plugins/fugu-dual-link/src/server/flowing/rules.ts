import type { CityAccess } from '@jiceng/plugin-kit';
import { addMonths } from '@jiceng/plugin-kit';

/** The pure rules of flowing members (流动党员): the activity card, the six-month transfer and lapse rules. */

/** 《流动党员活动证》 number: LDZ + the year issued + the record's id in five digits. */
export const cardNo = (id: number, on: string) => `LDZ${on.slice(0, 4)}${String(id).padStart(5, '0')}`;

/**
 * Leaving: away over six months at a fixed place → the branch is asked to transfer the relation; otherwise (or when
 * the relation cannot be moved yet) the member gets an activity card.
 */
export function departurePlan(b: {
  leftOn: string;
  expectedReturnOn: string;
  fixedPlace: boolean;
  cannotTransfer: boolean;
}) {
  const longTerm = b.expectedReturnOn > addMonths(b.leftOn, 6);
  const transfer = longTerm && b.fixedPlace;
  return { longTerm, transfer, issueCard: !transfer || b.cannotTransfer };
}

/**
 * What an open record asks for: a transfer when the member has been away at a fixed place six months or more; a
 * lapse when organization life or dues (counted from leaving, if none since) are older than six months.
 */
export function flowFlags(
  x: {
    status: string;
    direction: string;
    fixedPlace: boolean;
    startedOn: string;
    lastOrgLife: string | null;
    lastDues: string | null;
  },
  today: string,
) {
  const sixAgo = addMonths(today, -6);
  const since = (d: string | null) => (d && d > x.startedOn ? d : x.startedOn);
  return {
    transferSuggested: x.status === 'open' && x.direction === 'out' && x.fixedPlace && x.startedOn <= sixAgo,
    lapsed: x.status === 'open' && (since(x.lastOrgLife) < sixAgo || since(x.lastDues) < sixAgo),
  };
}

/** An org strictly above the branch (or the city) approves a branch meeting's proposal, never the branch itself. */
export function isAboveBranch(access: CityAccess, branchPath: string) {
  return (
    access.level === 'city' ||
    (access.level === 'orgs' && access.paths.some((p) => branchPath.startsWith(p) && branchPath !== p))
  );
}
