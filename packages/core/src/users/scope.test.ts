import { describe, expect, it } from 'vitest';
import type { CityAccess } from '../auth/actor';
import { type AccountReach, mayManageAccount } from './scope';

const A = '/1/2/3/'; // the org admin's subtree
const inA = '/1/2/3/7/';
const sibling = '/1/2/4/';
const parent = '/1/2/';

const platform: CityAccess = { level: 'city', platform: true };
const city: CityAccess = { level: 'city', platform: false };
const orgA: CityAccess = { level: 'orgs', paths: [A] };
const self: CityAccess = { level: 'self', memberId: 1 };

const reach = (over: Partial<AccountReach>): AccountReach => ({
  platformAdmin: false,
  memberOrgPath: null,
  grants: [],
  otherCityGrants: false,
  ...over,
});
const member = (path: string) => reach({ memberOrgPath: path, grants: [{ role: 'member', orgPath: null }] });

describe('mayManageAccount', () => {
  const cases: [string, CityAccess, AccountReach, boolean][] = [
    ['org admin: member record inside', orgA, member(inA), true],
    ['org admin: member record at the subtree root', orgA, member(A), true],
    ['org admin: member record in a sibling subtree', orgA, member(sibling), false],
    [
      'org admin: member grant without a member record here',
      orgA,
      reach({ grants: [{ role: 'member', orgPath: null }] }),
      false,
    ],
    ['org admin: no grants, no member (every() of none)', orgA, reach({}), false],
    ['org admin: member record inside, no grants', orgA, reach({ memberOrgPath: inA }), true],
    [
      'org admin: org_admin grant inside',
      orgA,
      reach({ grants: [{ role: 'org_admin', orgPath: inA }] }),
      true,
    ],
    [
      'org admin: org_admin of the parent',
      orgA,
      reach({ grants: [{ role: 'org_admin', orgPath: parent }] }),
      false,
    ],
    [
      'org admin: one grant inside, one outside',
      orgA,
      reach({
        grants: [
          { role: 'org_admin', orgPath: inA },
          { role: 'org_admin', orgPath: sibling },
        ],
      }),
      false,
    ],
    [
      'org admin: grant inside, member record outside',
      orgA,
      reach({ memberOrgPath: sibling, grants: [{ role: 'org_admin', orgPath: inA }] }),
      false,
    ],
    ['org admin: a city admin', orgA, reach({ grants: [{ role: 'city_admin', orgPath: null }] }), false],
    [
      'org admin: inside here but granted in another city',
      orgA,
      { ...member(inA), otherCityGrants: true },
      false,
    ],
    [
      'org admin: org_admin grant whose org is gone',
      orgA,
      reach({ grants: [{ role: 'org_admin', orgPath: null }] }),
      false,
    ],
    ['org admin: platform admin', orgA, reach({ platformAdmin: true }), false],
    ['city admin: anyone of the city', city, member(sibling), true],
    ['city admin: an account with nothing', city, reach({}), true],
    [
      'city admin: another city admin',
      city,
      reach({ grants: [{ role: 'city_admin', orgPath: null }] }),
      true,
    ],
    [
      'city admin: an account granted in another city too',
      city,
      { ...member(inA), otherCityGrants: true },
      false,
    ],
    ['city admin: platform admin', city, reach({ platformAdmin: true }), false],
    [
      'platform admin: an account granted in two cities',
      platform,
      { ...member(inA), otherCityGrants: true },
      true,
    ],
    ['platform admin: another platform admin', platform, reach({ platformAdmin: true }), false],
    ['member: even their own subtree', self, member(inA), false],
  ];
  it.each(cases)('%s', (_name, access, target, want) => {
    expect(mayManageAccount(access, target)).toBe(want);
  });
});
