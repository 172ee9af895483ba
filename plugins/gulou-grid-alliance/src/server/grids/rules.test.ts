import { describe, expect, it } from 'vitest';
import {
  bodyMemberProblem,
  bodyPlacementProblem,
  defaultBodyName,
  defaultBranchName,
  endProblem,
  gridInfoChanges,
  type NetworkBody,
  type NetworkOrg,
  networkSummary,
  orgFitsLevel,
  unitSourceProblem,
} from './rules';

describe('where councils sit', () => {
  it('a street council on a street working committee, a community one on any community org, a grid one on a branch', () => {
    expect(orgFitsLevel('street_working_committee', 'street')).toBe(true);
    expect(orgFitsLevel('community_committee', 'street')).toBe(false);
    expect(orgFitsLevel('community_committee', 'community')).toBe(true);
    expect(orgFitsLevel('community_general_branch', 'community')).toBe(true);
    expect(orgFitsLevel('grid_branch', 'community')).toBe(false);
    expect(orgFitsLevel('grid_branch', 'grid')).toBe(true);
    expect(orgFitsLevel('building_group', 'grid')).toBe(false);
  });

  it('refuses a council on an org of the wrong level, naming the kind field and the org it belongs on', () => {
    expect(bodyPlacementProblem('big_party_committee', 'community_committee')).toBeNull();
    expect(bodyPlacementProblem('consultation_council', 'community_committee')).toEqual({
      field: 'kind',
      reason: {
        'zh-CN': '党建协商会须设在网格党支部',
        en: 'Grid consultation council belongs on a grid org',
      },
    });
    expect(bodyPlacementProblem('big_working_committee', 'grid_branch')?.reason['zh-CN']).toBe(
      '街镇大工委须设在街镇党工委',
    );
  });
});

describe('default names', () => {
  it('names a branch after its community and grid', () => {
    expect(defaultBranchName('二社区', '第4网格')).toBe('二社区第4网格党支部');
  });

  it('names a council after its org without the party suffix, and the kind without its level prefix', () => {
    expect(defaultBodyName('一社区党委', 'big_party_committee')).toBe('一社区大党委');
    expect(defaultBodyName('东街街道党工委', 'big_working_committee')).toBe('东街街道大工委');
    expect(defaultBodyName('一社区第1网格党支部', 'consultation_council')).toBe('一社区第1网格党建协商会');
    expect(defaultBodyName('二社区党总支', 'joint_council')).toBe('二社区党建联席会');
  });
});

describe('council members', () => {
  it('a unit or two-new member names the unit; a members’ representative links the member', () => {
    expect(bodyMemberProblem({ source: 'unit', unitId: null, memberId: null })?.field).toBe('unitId');
    expect(bodyMemberProblem({ source: 'two_new_secretary', unitId: null, memberId: 3 })?.field).toBe(
      'unitId',
    );
    expect(bodyMemberProblem({ source: 'member', unitId: null, memberId: null })?.field).toBe('memberId');
    expect(bodyMemberProblem({ source: 'unit', unitId: 1, memberId: null })).toBeNull();
    expect(bodyMemberProblem({ source: 'resident', unitId: null, memberId: null })).toBeNull();
  });

  it('a two-new secretary comes from a new economic or new social organization', () => {
    expect(unitSourceProblem('two_new_secretary', 'organ')).toEqual({
      field: 'unitId',
      reason: { 'zh-CN': '不是“两新”组织', en: 'not a two-new organization' },
    });
    expect(unitSourceProblem('two_new_secretary', 'new_social')).toBeNull();
    expect(unitSourceProblem('two_new_secretary', 'new_economic')).toBeNull();
    expect(unitSourceProblem('unit', 'organ')).toBeNull();
  });

  it('a membership ends on or after the day it began', () => {
    expect(endProblem('2026-03-01', '2026-02-28')?.field).toBe('until');
    expect(endProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(endProblem('2026-03-01', '2027-01-01')).toBeNull();
  });
});

describe('grid info of a patch', () => {
  it('takes the households and founding date that were sent, nulls included, and nothing else', () => {
    expect(gridInfoChanges({})).toEqual({});
    expect(gridInfoChanges({ households: 620 })).toEqual({ households: 620 });
    expect(gridInfoChanges({ households: null, establishedOn: '2017-01-01' })).toEqual({
      households: null,
      established_on: '2017-01-01',
    });
  });
});

describe('the four-level network', () => {
  // Two streets; street 1 has communities A (two branches, three groups) and B (one branch); street 2 has C.
  const orgs: NetworkOrg[] = [
    { id: 1, kind: 'street_working_committee', name: '东街', path: '/1/' },
    { id: 2, kind: 'community_committee', name: 'A', path: '/1/2/' },
    { id: 3, kind: 'grid_branch', name: 'A1', path: '/1/2/3/' },
    { id: 4, kind: 'building_group', name: 'A1-1', path: '/1/2/3/4/' },
    { id: 5, kind: 'building_group', name: 'A1-2', path: '/1/2/3/5/' },
    { id: 6, kind: 'grid_branch', name: 'A2', path: '/1/2/6/' },
    { id: 7, kind: 'building_group', name: 'A2-1', path: '/1/2/6/7/' },
    { id: 8, kind: 'community_general_branch', name: 'B', path: '/1/8/' },
    { id: 9, kind: 'grid_branch', name: 'B1', path: '/1/8/9/' },
    { id: 10, kind: 'street_working_committee', name: '南街', path: '/10/' },
    { id: 11, kind: 'community_committee', name: 'C', path: '/10/11/' },
  ];
  const bodies: NetworkBody[] = [
    { kind: 'big_working_committee', path: '/1/', members: 10 },
    { kind: 'big_party_committee', path: '/1/2/', members: 6 },
    { kind: 'consultation_council', path: '/1/2/3/', members: 4 },
    { kind: 'consultation_council', path: '/1/8/9/', members: 5 },
    { kind: 'big_working_committee', path: '/10/', members: 8 },
  ];

  it('counts communities, branches and groups under each street and in all', () => {
    const n = networkSummary(orgs, bodies);
    expect(n.totals).toEqual({ streets: 2, communities: 3, gridBranches: 3, buildingGroups: 3 });
    expect(n.streets).toEqual([
      { orgId: 1, name: '东街', communities: 2, gridBranches: 3, buildingGroups: 3, partTimeMembers: 25 },
      { orgId: 10, name: '南街', communities: 1, gridBranches: 0, buildingGroups: 0, partTimeMembers: 8 },
    ]);
  });

  it('counts the councils and their members by kind, every kind listed', () => {
    expect(networkSummary(orgs, bodies).bodies).toEqual([
      { kind: 'big_working_committee', bodies: 2, members: 18 },
      { kind: 'promotion_council', bodies: 0, members: 0 },
      { kind: 'big_party_committee', bodies: 1, members: 6 },
      { kind: 'joint_council', bodies: 0, members: 0 },
      { kind: 'consultation_council', bodies: 2, members: 9 },
    ]);
  });

  it('an empty reach is all zeros', () => {
    const n = networkSummary([], []);
    expect(n.totals).toEqual({ streets: 0, communities: 0, gridBranches: 0, buildingGroups: 0 });
    expect(n.streets).toEqual([]);
    expect(n.bodies.every((b) => b.bodies === 0 && b.members === 0)).toBe(true);
  });
});
