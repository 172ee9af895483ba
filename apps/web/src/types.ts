import type { ApiResponse, CityResponse } from './typed-api';

/** GET /api/auth/me: the logged-in user, their grants and the cities they may open. */
export type Me = ApiResponse<'/api/auth/me'>;
/** A city of the user's, with how much of it they see. */
export type MeCity = Me['cities'][number];
/** All of a city, some org subtrees, or only one's own member record. */
export type Access = MeCity['access'];

type PluginSettingsItem = CityResponse<'/plugin-settings'>['items'][number];
/** A word a model keeps about places of some kinds (its manifest's placeAttributes): a closed list of values. */
export type PlaceAttributeMeta = PluginSettingsItem['placeAttributes'][number];
/** An installed model as the shell keeps it for a city (from GET plugin-settings): its words and this city's switch. */
export type PluginSetting = Pick<PluginSettingsItem, 'id' | 'names' | 'description' | 'region' | 'enabled'> &
  Partial<Pick<PluginSettingsItem, 'placeAttributes'>>;

/** An org in the tree: GET orgs, with its child and member counts. */
export type OrgNode = CityResponse<'/orgs'>['items'][number];
/** One org with its ancestors: GET orgs/{id}. */
export type OrgDetail = CityResponse<'/orgs/{id}'>;

/** A member as listed (GET members): personal data masked. */
export type MemberRow = CityResponse<'/members'>['items'][number];
/** One member with their activity relations (GET members/{id}). */
export type MemberDetail = CityResponse<'/members/{id}'>;

export const MEMBER_CATEGORIES = ['in_service', 'retired', 'flowing', 'resident', 'unemployed'] as const;
