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

/** An org in the tree: GET orgs, with its child and member counts. */
export type OrgNode = CityResponse<'/orgs'>['items'][number];
/** One org with its ancestors: GET orgs/{id}. */
export type OrgDetail = CityResponse<'/orgs/{id}'>;

/** A member as listed (GET members): personal data masked. */
export type MemberRow = CityResponse<'/members'>['items'][number];
/** One member with their activity relations (GET members/{id}). */
export type MemberDetail = CityResponse<'/members/{id}'>;

export const MEMBER_CATEGORIES = ['in_service', 'retired', 'flowing', 'resident', 'unemployed'] as const;
