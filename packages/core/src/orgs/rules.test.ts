import { describe, expect, it } from 'vitest';
import { dissolveBlockers, isInSubtree, rootOrgName } from './rules';

describe('org rules', () => {
  it('names the top committee after the city and its level', () => {
    expect(rootOrgName('龙岩市', 'city')).toBe('中共龙岩市委');
    expect(rootOrgName('福州市鼓楼区', 'district')).toBe('中共福州市鼓楼区委');
    expect(rootOrgName('府谷县', 'county')).toBe('中共府谷县委');
    // A bare name gets its level's suffix; a leading 中共 is not doubled.
    expect(rootOrgName('府谷', 'county')).toBe('中共府谷县委');
    expect(rootOrgName('路桥', 'district')).toBe('中共路桥区委');
    expect(rootOrgName(' 中共三明市 ', 'city')).toBe('中共三明市委');
  });

  it('knows a node’s own subtree by path prefix, not by similar ids', () => {
    expect(isInSubtree('/1/5/', '/1/5/')).toBe(true);
    expect(isInSubtree('/1/5/9/', '/1/5/')).toBe(true);
    expect(isInSubtree('/1/55/', '/1/5/')).toBe(false);
    expect(isInSubtree('/1/', '/1/5/')).toBe(false);
  });

  it('lists what blocks a dissolution, and lets members go when they are to be moved', () => {
    const empty = { children: 0, members: 0, units: 0, grants: 0, affiliations: 0, links: 0 };
    expect(dissolveBlockers(empty, false)).toBeNull();
    expect(dissolveBlockers({ ...empty, members: 3 }, true)).toBeNull();
    const b = dissolveBlockers({ ...empty, children: 2, members: 3, grants: 1 }, false)!;
    expect(b['zh-CN']).toBe(
      '2 个下级党组织（请先移走或撤销）；3 名党员（请先转出，或选择转入的党组织）；1 个管理员授权（请先撤销）',
    );
    expect(b.en).toContain('2 child organizations');
    expect(dissolveBlockers({ ...empty, children: 1, members: 3 }, true)!.en).toBe(
      '1 child organizations (move or dissolve them first)',
    );
  });
});
