import type { MemberCategory } from '../db/schema';

export interface CitySpec {
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'city' | 'district' | 'county';
  province: string;
  /** 行政区划代码 prefix for generated ID numbers, e.g. '3508' for 龙岩. */
  areaCode: string;
  committeeName: string;
  streets: number;
  communities: number;
  /** Compounds (小区) spread over the communities. */
  compounds: number;
  /** Buildings (楼栋) per compound, for the first `buildingCompounds` compounds only (keeps the demo small). */
  buildingsPerCompound?: [number, number];
  buildingCompounds?: number;
  /** Grids (网格) spread over the communities. */
  grids?: number;
  units: number;
  /** Weights of unit kinds; organs-heavy by default. */
  unitKinds?: Partial<Record<UnitKind, number>>;
  members: Partial<Record<MemberCategory, number>>;
  /** Share of in-service members living inside some community (the rest live outside any). */
  livesInCommunityShare?: number;
  /**
   * Place attributes of communities (a model's words, e.g. its types of community): weights of the values by
   * attribute key, one value drawn per community.
   */
  communityAttributes?: Record<string, Record<string, number>>;
  /** Plugins to enable for this city. */
  plugins: string[];
}

export type UnitKind = 'organ' | 'institution' | 'enterprise' | 'new_economic' | 'new_social';

export interface SeededCity {
  cityId: number;
  committeeOrgId: number;
  streetPlaceIds: number[];
  communityPlaceIds: number[];
  communityOrgIds: number[];
  compoundPlaceIds: number[];
  gridPlaceIds: number[];
  unitIds: number[];
  unitOrgIds: number[];
  users: { username: string; role: string; password: string }[];
}

export type SeedProgress = (step: string, done: number, total: number) => void;

/** A tiny city for contract tests and plugin unit tests. */
export function smallCitySpec(code: string, plugins: string[]): CitySpec {
  return {
    code,
    nameZh: `${code}市`,
    nameEn: code,
    level: 'city',
    province: '测试省',
    areaCode: '3508',
    committeeName: `中共${code}市委`,
    streets: 2,
    communities: 4,
    compounds: 12,
    buildingsPerCompound: [1, 3],
    grids: 8,
    units: 6,
    members: { in_service: 60, retired: 10, resident: 10, flowing: 4 },
    plugins,
  };
}
