import { type CityAccess, pathInScope } from '../auth/actor';
import type { Role } from '../db/schema';

/** Where an account reaches, as seen from one city. */
export interface AccountReach {
  /** Platform admins are managed outside any city's console. */
  platformAdmin: boolean;
  /** Org path of the account's member record, when that record is in this city. */
  memberOrgPath: string | null;
  /** The account's grants in this city (orgPath for org_admin grants). */
  grants: { role: Role; orgPath: string | null }[];
  /** Whether it holds any grant in another city. */
  otherCityGrants: boolean;
}

/**
 * Whether an actor with `access` in a city may manage an account there (list, rename, reset its password,
 * deactivate, grant, revoke). Managing an account is taking it over, so the rule is "everything the account
 * reaches is already yours":
 * - nobody manages a platform admin here, and a member manages nobody;
 * - a platform admin manages every account of the city; a city admin too, unless it also reaches another city;
 * - an org admin needs at least one anchor (the member record, an org_admin grant) and every anchor inside
 *   their subtrees. A city_admin grant, a `member` grant without a member record here, or a grant elsewhere
 *   puts the account beyond them. An account with nothing in the city is nobody's to take (no `every()` of none).
 */
export function mayManageAccount(access: CityAccess, target: AccountReach): boolean {
  if (target.platformAdmin) return false;
  if (access.level === 'city') return access.platform || !target.otherCityGrants;
  if (access.level !== 'orgs') return false;
  if (target.otherCityGrants) return false;
  const anchors: string[] = [];
  if (target.memberOrgPath != null) anchors.push(target.memberOrgPath);
  for (const g of target.grants) {
    if (g.role === 'org_admin') {
      if (g.orgPath == null) return false;
      anchors.push(g.orgPath);
    } else if (g.role === 'member') {
      if (target.memberOrgPath == null) return false;
    } else return false;
  }
  return anchors.length > 0 && anchors.every((p) => pathInScope(access, p));
}
