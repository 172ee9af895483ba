import type { LocalizedText } from '@jiceng/ui';
import type { CityResponse } from './typed-api';

export type Access = 'city' | 'orgs' | 'self';

export interface MeCity {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'city' | 'district' | 'county';
  access: Access;
}

export interface Me {
  user: {
    id: number;
    username: string;
    displayName: string | null;
    locale: string | null;
    cityId: number | null;
    memberId: number | null;
    mustChangePassword: boolean;
  };
  grants: { role: string; cityId: number | null; orgId: number | null }[];
  cities: MeCity[];
}

export interface PluginSetting {
  id: string;
  names: LocalizedText;
  description: LocalizedText;
  region: LocalizedText;
  enabled: boolean;
}

/** An org in the tree: GET orgs, with its child and member counts. */
export type OrgNode = CityResponse<'/orgs'>['items'][number];
/** One org with its ancestors: GET orgs/{id}. */
export type OrgDetail = CityResponse<'/orgs/{id}'>;

export interface MemberRow {
  id: number;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string | null;
  birthDate: string | null;
  category: string;
  cadreRank: string;
  orgId: number;
  orgName: string;
  unitId: number | null;
  unitName: string | null;
  joinedPartyOn: string | null;
  occupation: string | null;
  skills: string | null;
  active: boolean;
  masked: boolean;
}

export interface Affiliation {
  id: number;
  kind: string;
  orgId: number | null;
  orgName: string | null;
  placeId: number | null;
  placeName: string | null;
  since: string;
  until: string | null;
  note: string | null;
}

export interface MemberDetail extends MemberRow {
  affiliations: Affiliation[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MEMBER_CATEGORIES = ['in_service', 'retired', 'flowing', 'resident', 'unemployed'] as const;
