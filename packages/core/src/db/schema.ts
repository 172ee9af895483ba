import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { OutcomeSnapshotTable } from '../outcomes/schema';
import type {
  ImportErrorRowTable,
  ImportErrorTable,
  ImportJobTable,
  ImportMemberStageTable,
  ImportRowStageTable,
} from '../roster/schema';
import type { CoreTables } from './schema.generated';
import type { SchemaAgrees, SchemaMismatches } from './schema-check';

/** Timestamps come back as Date; we write them as Date or ISO strings. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** JSON columns: objects out, JSON text in. */
export type Json<T = unknown> = ColumnType<T, string, string>;

export const PLACE_KINDS = ['street', 'town', 'community', 'compound', 'building', 'grid'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const UNIT_KINDS = ['organ', 'institution', 'enterprise', 'new_economic', 'new_social'] as const;
export const UNIT_LEVELS = ['central', 'province', 'city', 'county'] as const;
/** 在职, 离退休, 流动, 居民, 无职. */
export const MEMBER_CATEGORIES = ['in_service', 'retired', 'flowing', 'resident', 'unemployed'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];
/** 副科/正科/副处/正处/副厅/正厅: section, division, bureau. */
export const CADRE_RANKS = [
  'none',
  'section_deputy',
  'section',
  'division_deputy',
  'division',
  'bureau_deputy',
  'bureau',
] as const;
export type CadreRank = (typeof CADRE_RANKS)[number];
export const AFFILIATION_KINDS = ['residence', 'community', 'compound', 'grid', 'region', 'org'] as const;
export const ROLES = ['platform_admin', 'city_admin', 'org_admin', 'member'] as const;
export type Role = (typeof ROLES)[number];
/** Org kinds core knows; plugins may use further snake_case kinds. */
export const CORE_ORG_KINDS = [
  'city_committee', // 市委 / 区(县)委
  'street_working_committee', // 街道(镇)党工委
  'community_committee', // 社区党委
  'community_general_branch', // 社区党总支
  'community_branch', // 社区党支部
  'compound_branch', // 小区党支部
  'building_group', // 楼栋党小组
  'unit_committee', // 单位党委
  'unit_branch', // 单位党支部
  'organs_working_committee', // 机关工委
] as const;

export interface CityTable {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  level: 'city' | 'district' | 'county';
  province: string | null;
  active: Generated<boolean>;
  /** Set when the platform admin archives the city (active is then false). */
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
}

export interface PlaceTable {
  city_id: number;
  id: Generated<number>;
  parent_id: number | null;
  kind: PlaceKind;
  name: string;
  path: Generated<string>;
  depth: Generated<number>;
  created_at: Timestamp;
}

/** A model's word about a place (see PlaceAttribute in plugins/contract.ts), by the attribute's key. */
export interface PlaceAttributeTable {
  city_id: number;
  place_id: number;
  key: string;
  value: string;
}

export interface OrgTable {
  city_id: number;
  id: Generated<number>;
  parent_id: number | null;
  kind: string;
  name: string;
  place_id: number | null;
  active: Generated<boolean>;
  path: Generated<string>;
  depth: Generated<number>;
  created_at: Timestamp;
}

export interface UnitTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  level: (typeof UNIT_LEVELS)[number];
  org_id: number | null;
  address: string | null;
  created_at: Timestamp;
}

export interface MemberTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  gender: 'male' | 'female';
  id_number: string;
  phone: string | null;
  birth_date: string | null;
  category: MemberCategory;
  cadre_rank: Generated<CadreRank>;
  org_id: number;
  unit_id: number | null;
  residence_place_id: number | null;
  joined_party_on: string | null;
  occupation: string | null;
  skills: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MemberAffiliationTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: (typeof AFFILIATION_KINDS)[number];
  org_id: number | null;
  place_id: number | null;
  since: string;
  until: string | null;
  note: string | null;
}

export interface OrgLinkTable {
  city_id: number;
  id: Generated<number>;
  kind: 'co_building' | 'alliance' | 'council';
  from_org_id: number;
  to_org_id: number;
  since: string | null;
  /** The day the link ended (a pair that stopped); null while it holds. */
  until: ColumnType<string | null, string | null | undefined, string | null>;
  note: string | null;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  locale: Generated<string>;
  city_id: number | null;
  member_id: number | null;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface RoleGrantTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  city_id: number | null;
  org_id: number | null;
  granted_by: number | null;
  created_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface CityPluginTable {
  city_id: number;
  plugin_id: string;
  enabled: boolean;
  config: Json<Record<string, unknown>>;
  version: string;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  city_id: number | null;
  actor_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  at: Timestamp;
}

export interface JobRunTable {
  city_id: number;
  id: Generated<number>;
  plugin_id: string;
  job_id: string;
  trigger: 'schedule' | 'manual';
  run_on: string;
  status: 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  started_by: number | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

/** A notice to one person (see src/notifications and migration 2026-12-07-notifications). */
export interface NotificationTable {
  city_id: number;
  id: Generated<number>;
  user_id: number;
  plugin_id: string;
  kind: string;
  title_zh: string;
  title_en: string;
  body_zh: string | null;
  body_en: string | null;
  href: string | null;
  once_key: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** A notification waiting for (or done with) one channel beyond the app. */
export interface NotificationOutboxTable {
  city_id: number;
  id: Generated<number>;
  notification_id: number;
  channel: string;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Timestamp | null;
}

/** Demo data a city holds: 'core' or a plugin id (see migration 2026-12-06-demo-seeds). */
export interface DemoSeedTable {
  city_id: number;
  what: string;
  seeded_at: Timestamp;
}

export interface CoreDatabase {
  'core.city': CityTable;
  'core.place': PlaceTable;
  'core.place_attribute': PlaceAttributeTable;
  'core.org': OrgTable;
  'core.unit': UnitTable;
  'core.member': MemberTable;
  'core.member_affiliation': MemberAffiliationTable;
  'core.org_link': OrgLinkTable;
  'core.app_user': AppUserTable;
  'core.role_grant': RoleGrantTable;
  'core.session': SessionTable;
  'core.login_throttle': LoginThrottleTable;
  'core.city_plugin': CityPluginTable;
  'core.audit_log': AuditLogTable;
  'core.job_run': JobRunTable;
  'core.demo_seed': DemoSeedTable;
  'core.notification': NotificationTable;
  'core.notification_outbox': NotificationOutboxTable;
  'core.outcome_snapshot': OutcomeSnapshotTable;
  // Roster imports (their types live in ../roster/schema, beside the code that owns them).
  'core.import_job': ImportJobTable;
  'core.import_error': ImportErrorTable;
  'core.import_error_row': ImportErrorRowTable;
  'core.import_row_stage': ImportRowStageTable;
  'core.import_member_stage': ImportMemberStageTable;
}

/**
 * CoreDatabase against what a migrated database says (schema.generated.ts, kept true by schema.test.ts): this
 * fails to compile, naming the table or column, while a table, a column or a nullability differs.
 */
export type CoreDatabaseMatchesMigrations = SchemaAgrees<SchemaMismatches<CoreDatabase, CoreTables>>;

export type City = Selectable<CityTable>;
export type Place = Selectable<PlaceTable>;
export type Org = Selectable<OrgTable>;
export type Unit = Selectable<UnitTable>;
export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;
export type AppUser = Selectable<AppUserTable>;
export type RoleGrant = Selectable<RoleGrantTable>;
