import { describe, expect, it } from 'vitest';
import {
  mirrorAllowed,
  moveRefusalStatus,
  type NFacts,
  type NOrg,
  nRefusal,
  pathIds,
  placeProblem,
  returnTarget,
  unitProblem,
} from './rules';

/**
 * A hand-drawn tree:  /1/ 区委 ─ /1/2/ 街道 (town) ─ /1/2/10/ 联合党委 (the region's regional org, region 7)
 *                                                 ├ /1/2/20/ 银泰党支部 (unit 200)
 *                                                 └ /1/2/30/ 社区党委 (place 300, path /p1/p3/)
 *                               └ /1/4/ 机关工委 ─ /1/4/40/ 监管局党委 (organ) ─ /1/4/40/41/ 第一党支部
 */
const facts = (over: Partial<NFacts> = {}): NFacts => ({
  region: { id: 7, regionalPath: '/1/2/10/' },
  inScope: () => true,
  stayingOrgs: new Map([[40, { name: '区市场监督管理局' }]]),
  inRegion: new Map(),
  regionUnits: new Set([200]),
  areaPaths: ['/p1/p3/'],
  placePaths: new Map([
    [300, '/p1/p3/'],
    [301, '/p1/p3/p9/'],
    [400, '/p1/p4/'],
  ]),
  ...over,
});
const org = (over: Partial<NOrg> & Pick<NOrg, 'id' | 'path'>): NOrg => ({
  kind: 'unit_branch',
  placeId: null,
  unitId: null,
  ...over,
});
const code = (o: NOrg, f = facts()) => nRefusal(o, f)?.code ?? null;

describe('the 1+N+1 eligibility chain (nRefusal)', () => {
  it('admits an org of one of the region’s units, and one in (or below) one of its areas', () => {
    expect(nRefusal(org({ id: 20, path: '/1/2/20/', unitId: 200 }), facts())).toBeNull();
    expect(code(org({ id: 30, path: '/1/2/30/', kind: 'community_committee', placeId: 300 }))).toBeNull();
    // A compound inside the community: its place path starts with the area's.
    expect(code(org({ id: 31, path: '/1/2/31/', placeId: 301 }))).toBeNull();
  });

  it('refuses an org of neither the region’s units nor its areas', () => {
    expect(code(org({ id: 50, path: '/1/2/50/', unitId: 999 }))).toBe('not_in_region');
    expect(code(org({ id: 51, path: '/1/2/51/', placeId: 400 }))).toBe('not_in_region');
    // A place the query did not find counts as no place.
    expect(code(org({ id: 52, path: '/1/2/52/', placeId: 12345 }))).toBe('not_in_region');
    expect(code(org({ id: 53, path: '/1/2/53/' }))).toBe('not_in_region');
  });

  it('refuses an org outside the actor’s scope before anything else', () => {
    const f = facts({ inScope: (p) => p.startsWith('/1/2/') });
    expect(code(org({ id: 40, path: '/1/4/40/', kind: 'unit_committee' }), f)).toBe('out_of_scope');
    expect(code(org({ id: 20, path: '/1/2/20/', unitId: 200 }), f)).toBeNull();
  });

  it('refuses the tree’s own committees and any ancestor of the regional org', () => {
    expect(code(org({ id: 2, path: '/1/2/', kind: 'street_working_committee' }))).toBe('structural');
    // The centre's org below the regional org is no ancestor, but a committee of the structure.
    expect(code(org({ id: 11, path: '/1/2/10/11/', kind: 'service_centre_branch', unitId: 200 }))).toBe(
      'structural',
    );
    expect(code(org({ id: 12, path: '/1/2/12/', kind: 'regional_committee', unitId: 200 }))).toBe(
      'structural',
    );
    // Not a structural kind, but above the regional org: it cannot move under its own descendant.
    expect(code(org({ id: 2, path: '/1/2/', kind: 'community_committee', unitId: 200 }))).toBe('ancestor');
    // The regional path starts with '/1/2/1' — but '/1/2/1/' is not its prefix, so org 1 under 2 is no ancestor.
    expect(code(org({ id: 1, path: '/1/2/1/', unitId: 200 }))).toBeNull();
  });

  it('refuses a government or public-institution org, and any org below one, naming the unit', () => {
    const bureau = nRefusal(org({ id: 40, path: '/1/4/40/', kind: 'unit_committee', unitId: 200 }), facts());
    expect(bureau?.code).toBe('government_org');
    expect(bureau?.text['zh-CN']).toBe('行政事业单位党组织(区市场监督管理局)不划入区域党组织');
    expect(code(org({ id: 41, path: '/1/4/40/41/', unitId: 200 }))).toBe('government_org');
  });

  it('tells apart an org already in this region, one in another region, and one whose parent is in this region', () => {
    const inRegion = new Map([
      [20, { regionId: 7, regionName: '中央商务区' }],
      [30, { regionId: 8, regionName: '工业集聚区' }],
    ]);
    const f = facts({ inRegion });
    expect(code(org({ id: 20, path: '/1/2/20/', unitId: 200 }), f)).toBe('already_in_region');
    const other = nRefusal(org({ id: 30, path: '/1/2/30/', placeId: 300 }), f);
    expect(other?.code).toBe('in_other_region');
    expect(other?.text.en).toBe('already in region "工业集聚区"; an org cannot be in two regions');
    // Below org 20 (in this region's N): refused; below org 30 (another region's N): only the unit/area test.
    expect(code(org({ id: 21, path: '/1/2/20/21/', unitId: 200 }), f)).toBe('parent_in_region');
    expect(code(org({ id: 32, path: '/1/2/30/32/', unitId: 200 }), f)).toBeNull();
  });

  it('applies the links in order: a government org in another region is refused as a government org', () => {
    const f = facts({ inRegion: new Map([[40, { regionId: 8, regionName: '工业集聚区' }]]) });
    expect(code(org({ id: 40, path: '/1/4/40/', unitId: 200 }), f)).toBe('government_org');
  });
});

describe('moveRefusalStatus', () => {
  it('is 409 only when every refusal is about being in a region already', () => {
    expect(moveRefusalStatus(['in_other_region'])).toBe(409);
    expect(moveRefusalStatus(['already_in_region', 'in_other_region'])).toBe(409);
    expect(moveRefusalStatus(['in_other_region', 'government_org'])).toBe(400);
    expect(moveRefusalStatus(['not_in_region'])).toBe(400);
  });
});

describe('placeProblem and unitProblem', () => {
  const town = { placeId: 2, path: '/p1/' };
  const place = (over: Partial<Parameters<typeof placeProblem>[0]> = {}) => ({
    id: 3,
    name: '富仁社区',
    path: '/p1/p3/',
    regionId: null,
    regionName: null,
    ...over,
  });
  it('accepts an area inside the town in no region', () => {
    expect(placeProblem(place(), town, null)).toBeNull();
    expect(placeProblem(place(), town, 7)).toBeNull();
  });
  it('refuses the town’s own place and a place outside the town with 400', () => {
    expect(placeProblem(place({ id: 2, path: '/p1/' }), town, null)?.status).toBe(400);
    const outside = placeProblem(place({ name: '方林社区', path: '/p5/p6/' }), town, null);
    expect(outside).toEqual({
      status: 400,
      text: { 'zh-CN': '方林社区 不在该镇(街道)范围内', en: '方林社区 is not inside the town' },
    });
  });
  it('refuses an area or a unit already in this or another region with 409', () => {
    expect(placeProblem(place({ regionId: 7, regionName: 'A' }), town, 7)?.text.en).toBe(
      '富仁社区 is already in this region',
    );
    expect(placeProblem(place({ regionId: 8, regionName: 'B' }), town, 7)?.text.en).toBe(
      '富仁社区 already belongs to region "B"',
    );
    // Drawing a new region (no id yet): any region counts as another.
    expect(unitProblem({ name: '银泰', regionId: 7, regionName: 'A' }, null)).toEqual({
      status: 409,
      text: { 'zh-CN': '银泰 已属于区域"A"', en: '银泰 already belongs to region "A"' },
    });
    expect(unitProblem({ name: '银泰', regionId: null, regionName: null }, 7)).toBeNull();
  });
});

describe('returnTarget', () => {
  it('moves an org still under the regional org back to its former parent', () => {
    expect(returnTarget({ parentId: 10, previousParentId: 2 }, 10)).toEqual({ moved: true, parentId: 2 });
    // Its former parent was deleted meanwhile (null): it moves to the top.
    expect(returnTarget({ parentId: 10, previousParentId: null }, 10)).toEqual({
      moved: true,
      parentId: null,
    });
  });
  it('leaves an org the roster moved elsewhere since where it is, only closing the record', () => {
    expect(returnTarget({ parentId: 4, previousParentId: 2 }, 10)).toEqual({ moved: false, parentId: 4 });
  });
});

describe('mirrorAllowed', () => {
  const region = { regionalOrgId: 10, centreOrgId: 11 };
  it('allows the regional org, the centre org and the current N only', () => {
    expect(mirrorAllowed(10, region, [])).toBe(true);
    expect(mirrorAllowed(11, region, [])).toBe(true);
    expect(mirrorAllowed(20, region, [20, 30])).toBe(true);
    expect(mirrorAllowed(40, region, [20, 30])).toBe(false);
  });
});

describe('pathIds', () => {
  it('reads the ids of a materialized path, root first', () => {
    expect(pathIds('/1/2/10/')).toEqual([1, 2, 10]);
    expect(pathIds('/')).toEqual([]);
  });
});
