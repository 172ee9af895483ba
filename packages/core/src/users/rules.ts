import type { LocalizedText } from '../indicators';
import type { CityGrant } from './queries';
import type { AccountReach } from './scope';

/** An account as the console shows it, with its grants in the city (without their org paths). */
export const userView = (
  u: {
    id: number;
    username: string;
    display_name: string;
    member_id: number | null;
    active: boolean;
    must_change_password: boolean;
  },
  grants: CityGrant[],
) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  memberId: u.member_id,
  active: u.active,
  mustChangePassword: u.must_change_password,
  grants: grants.map(({ orgPath: _p, ...g }) => g),
});

/** What each admin role may do on the org nodes it reaches. */
const ROLE_ABILITIES: Record<string, string[]> = {
  platform_admin: ['read', 'write', 'manage_users', 'configure_models'],
  city_admin: ['read', 'write', 'manage_users', 'configure_models'],
  org_admin: ['read', 'write', 'manage_users'],
};

export const abilitiesOf = (role: string): string[] => ROLE_ABILITIES[role] ?? [];

/** Why a grant's org does not fit its role (only an org admin grant names an org), or null when it fits. */
export function grantOrgProblem(grant: { role: string; orgId: number | null }): string | null {
  if (grant.role === 'org_admin') return grant.orgId == null ? 'org_admin needs orgId' : null;
  if (grant.orgId == null) return null;
  return grant.role === 'city_admin' ? 'city_admin takes no orgId' : 'member takes no orgId';
}

/** Where an account to be created would reach: its member's org and its grants (org paths as checked). */
export function newAccountReach(
  memberOrgPath: string | null,
  grants: { role: 'city_admin' | 'org_admin' | 'member' }[],
  grantPaths: (string | null)[],
): AccountReach {
  return {
    platformAdmin: false,
    otherCityGrants: false,
    memberOrgPath,
    grants: grants.map((g, i) => ({ role: g.role, orgPath: grantPaths[i] ?? null })),
  };
}

/** The refusal of an account an org admin could not manage once created. */
export const UNANCHORED: LocalizedText = {
  'zh-CN': '须关联本辖区的党员或授予本辖区内的角色',
  en: 'needs a member or a grant inside your subtree',
};
