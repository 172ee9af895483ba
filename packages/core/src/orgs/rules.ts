import type { City } from '../db/schema';
import type { LocalizedText } from '../indicators';

/** The kind of a city's top organisation: 市委, 区委 and 县委 are all core's city_committee. */
export const ROOT_ORG_KIND = 'city_committee';

const LEVEL_SUFFIX: Record<City['level'], string> = { city: '市', district: '区', county: '县' };

/**
 * The usual full name of a city's top committee: 中共 + the city's name + 委 (龙岩市 → 中共龙岩市委,
 * 福州市鼓楼区 → 中共福州市鼓楼区委). A name without its level's suffix gets it (府谷 as a county → 中共府谷县委).
 */
export function rootOrgName(nameZh: string, level: City['level']): string {
  const name = nameZh.trim().replace(/^中共/, '');
  const suffix = LEVEL_SUFFIX[level];
  return `中共${name.endsWith(suffix) ? name : name + suffix}委`;
}

/** `target` lies in the subtree rooted at `node` (the node itself included): moving there would make a cycle. */
export function isInSubtree(targetPath: string, nodePath: string): boolean {
  return targetPath.startsWith(nodePath);
}

export interface OrgContents {
  children: number;
  members: number;
  units: number;
  grants: number;
  affiliations: number;
  links: number;
}

/**
 * What still hangs on an org that is to be dissolved, in both languages, or null when nothing does. Members are
 * left out when they are to be moved first (moveMembers).
 */
export function dissolveBlockers(contents: OrgContents, moveMembers: boolean): LocalizedText | null {
  const parts: [number, string, string][] = [
    [
      contents.children,
      '个下级党组织（请先移走或撤销）',
      'child organizations (move or dissolve them first)',
    ],
    [
      moveMembers ? 0 : contents.members,
      '名党员（请先转出，或选择转入的党组织）',
      'members (move them out first, or choose an organization to move them to)',
    ],
    [
      contents.units,
      '个单位以它为党组织（请先修改单位）',
      'units with it as their Party organization (edit the units first)',
    ],
    [contents.grants, '个管理员授权（请先撤销）', 'admin grants on it (revoke them first)'],
    [contents.affiliations, '条党员活动关系', 'member affiliations with it'],
    [contents.links, '条结对或联建关系', 'pairing or alliance links'],
  ];
  const left = parts.filter(([n]) => n > 0);
  if (!left.length) return null;
  return {
    'zh-CN': left.map(([n, zh]) => `${n} ${zh}`).join('；'),
    en: left.map(([n, , en]) => `${n} ${en}`).join('; '),
  };
}
