import type { LocalizedText } from '@jiceng/ui';

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

/** A word a model keeps about places of some kinds (its manifest's placeAttributes): a closed list of values. */
export interface PlaceAttributeMeta {
  key: string;
  appliesTo: string[];
  labels: LocalizedText;
  values: { value: string; labels: LocalizedText }[];
}

export interface PluginSetting {
  id: string;
  names: LocalizedText;
  description: LocalizedText;
  region: LocalizedText;
  enabled: boolean;
  placeAttributes?: PlaceAttributeMeta[];
}

export interface OrgNode {
  id: number;
  parentId: number | null;
  kind: string;
  name: string;
  childCount: number;
  memberCount: number;
  path: string;
  depth: number;
}

export interface OrgDetail extends OrgNode {
  ancestors: Omit<OrgNode, 'childCount' | 'memberCount'>[];
}

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
