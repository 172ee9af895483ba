import { describe, expect, it } from 'vitest';
import {
  type CompoundPlace,
  type CoverageRow,
  compoundOrgName,
  compoundsProblem,
  coverage,
  formation,
  parseCompounds,
} from './rules';

const place = (id: number, over: Partial<CompoundPlace> = {}): CompoundPlace => ({
  id,
  name: `小区${id}`,
  kind: 'compound',
  parent_id: 100,
  org_id: null,
  ...over,
});

describe('compoundsProblem', () => {
  it('lets an org cover uncovered compounds of its own community', () => {
    expect(compoundsProblem([1, 2], [place(1), place(2)], 100)).toBeNull();
  });
  it('refuses a compound listed twice before anything else', () => {
    expect(compoundsProblem([1, 1], [], 100)?.kind).toBe('duplicate');
  });
  it('calls a place it cannot find another city’s', () => {
    expect(compoundsProblem([1, 3], [place(1)], 100)).toEqual({ kind: 'cross_city' });
  });
  it('refuses a building or a compound of another community, naming it', () => {
    expect(compoundsProblem([4], [place(4, { kind: 'building', name: '1号楼' })], 100)).toEqual({
      kind: 'not_in_community',
      detail: { 'zh-CN': '「1号楼」不是本社区的小区', en: '1号楼 is not a compound of this community' },
    });
    expect(compoundsProblem([5], [place(5, { parent_id: 200 })], 100)?.kind).toBe('not_in_community');
  });
  it('refuses a compound another org already covers', () => {
    expect(compoundsProblem([1, 2], [place(1), place(2, { org_id: 9 })], 100)).toEqual({
      kind: 'covered',
      detail: { 'zh-CN': '「小区2」已有小区党组织', en: '小区2 already has a compound party org' },
    });
  });
});

describe('compoundOrgName and formation', () => {
  it('names an org over one compound 「…党支部」 and over several 「…、…联合党支部」', () => {
    expect(compoundOrgName([{ name: '锦绣园' }])).toBe('锦绣园党支部');
    expect(compoundOrgName([{ name: '锦绣园' }, { name: '桂花苑' }])).toBe('锦绣园、桂花苑联合党支部');
  });
  it('calls one compound single and two or more joint', () => {
    expect([formation(0), formation(1), formation(2)]).toEqual(['single', 'single', 'joint']);
  });
});

describe('parseCompounds', () => {
  it('reads json_agg as text or as an array, and none as an empty list', () => {
    expect(parseCompounds('[{"id":1,"name":"甲"}]')).toEqual([{ id: 1, name: '甲' }]);
    expect(parseCompounds([{ id: 2, name: '乙' }])).toEqual([{ id: 2, name: '乙' }]);
    expect(parseCompounds(null)).toEqual([]);
  });
});

describe('coverage', () => {
  const row = (id: number, community: number, org: number | null, orgCompounds = 1): CoverageRow => ({
    id,
    name: `小区${id}`,
    community_org_id: community,
    community_org_name: `社区${community}`,
    street_org_id: 1,
    street_org_name: '街道',
    org_id: org,
    org_name: org ? `党组织${org}` : null,
    org_compounds: String(orgCompounds),
  });
  it('counts compounds, covered ones and orgs per community; a joint org counts once, where first seen', () => {
    // 社区10: 小区1 and 小区2 under joint org 50, 小区3 uncovered. 社区20: 小区4 under 50 too (spans both), 小区5 under 60.
    const r = coverage([
      row(1, 10, 50, 3),
      row(2, 10, 50, 3),
      row(3, 10, null),
      row(4, 20, 50, 3),
      row(5, 20, 60),
    ]);
    expect(r.totals).toEqual({
      communities: 2,
      compounds: 5,
      covered: 4,
      uncovered: 1,
      compoundOrgs: 2,
      rate: 0.8,
    });
    expect(r.communities.map((x) => [x.communityOrgId, x.compounds, x.covered, x.compoundOrgs])).toEqual([
      [10, 3, 2, 1],
      [20, 2, 2, 1],
    ]);
    expect(r.communities[0]?.items.map((i) => i.joint)).toEqual([true, true, false]);
    expect(r.communities[1]?.items.map((i) => i.joint)).toEqual([true, false]);
  });
  it('has no rate without compounds', () => {
    expect(coverage([]).totals).toEqual({
      communities: 0,
      compounds: 0,
      covered: 0,
      uncovered: 0,
      compoundOrgs: 0,
      rate: null,
    });
  });
});
