// Generated from information_schema of a migrated database (schema core): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<{}, string, string>;

export interface CoreAppUser {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  locale: Generated<string>;
  city_id: number | null;
  member_id: number | null;
  must_change_password: Generated<boolean>;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface CoreAuditLog {
  id: Generated<number>;
  city_id: number | null;
  actor_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
  at: Generated<Timestamp>;
}

export interface CoreCity {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  province: string | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  archived_at: Timestamp | null;
}

export interface CoreCityPlugin {
  city_id: number;
  plugin_id: string;
  enabled: boolean;
  config: Generated<Json>;
  version: string;
  updated_at: Generated<Timestamp>;
}

export interface CoreDemoSeed {
  city_id: number;
  what: string;
  seeded_at: Generated<Timestamp>;
}

export interface CoreImportError {
  city_id: number;
  job_id: number;
  row_no: number;
  field: string | null;
  code: string;
  params: Generated<Json>;
}

export interface CoreImportErrorRow {
  city_id: number;
  job_id: number;
  row_no: number;
  cells: Json;
}

export interface CoreImportJob {
  city_id: number;
  id: Generated<number>;
  kind: string;
  file_name: string;
  file_format: string;
  file_size: Generated<number>;
  file: Uint8Array | null;
  encoding: string | null;
  status: string;
  mode: string | null;
  phase: string | null;
  columns: Generated<Json>;
  processed_rows: Generated<number>;
  total_rows: number | null;
  progress: Generated<number>;
  good_rows: number | null;
  error_rows: number | null;
  error_count: number | null;
  to_insert: number | null;
  to_update: number | null;
  unchanged: number | null;
  inserted: number | null;
  updated: number | null;
  skipped: number | null;
  failure: Json | null;
  created_by: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
  header: Json | null;
}

export interface CoreImportMemberStage {
  city_id: number;
  job_id: number;
  row_no: number;
  ok: boolean;
  name: string | null;
  gender: string | null;
  id_number: string | null;
  phone: string | null;
  birth_date: string | null;
  category: string | null;
  cadre_rank: string | null;
  org_id: number | null;
  unit_id: number | null;
  residence_place_id: number | null;
  joined_party_on: string | null;
  occupation: string | null;
  skills: string | null;
}

export interface CoreImportRowStage {
  city_id: number;
  job_id: number;
  row_no: number;
  ok: boolean;
  data: Json;
}

export interface CoreJobRun {
  city_id: number;
  id: Generated<number>;
  plugin_id: string;
  job_id: string;
  trigger: string;
  run_on: string;
  status: string;
  attempts: Generated<number>;
  result: Json | null;
  error: string | null;
  started_by: number | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface CoreLoginThrottle {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface CoreMember {
  city_id: number;
  id: Generated<number>;
  name: string;
  gender: string;
  id_number: string;
  phone: string | null;
  birth_date: string | null;
  category: string;
  cadre_rank: Generated<string>;
  org_id: number;
  unit_id: number | null;
  residence_place_id: number | null;
  joined_party_on: string | null;
  occupation: string | null;
  skills: string | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface CoreMemberAffiliation {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: string;
  org_id: number | null;
  place_id: number | null;
  since: Generated<string>;
  until: string | null;
  note: string | null;
}

export interface CoreNotification {
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

export interface CoreNotificationOutbox {
  city_id: number;
  id: Generated<number>;
  notification_id: number;
  channel: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Timestamp | null;
}

export interface CoreOrg {
  city_id: number;
  id: Generated<number>;
  parent_id: number | null;
  kind: string;
  name: string;
  place_id: number | null;
  active: Generated<boolean>;
  path: Generated<string>;
  depth: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface CoreOrgLink {
  city_id: number;
  id: Generated<number>;
  kind: string;
  from_org_id: number;
  to_org_id: number;
  since: string | null;
  note: string | null;
  until: string | null;
}

export interface CoreOutcomeSnapshot {
  city_id: number;
  org_id: Generated<number>;
  period_from: string;
  period_to: string;
  indicator_id: string;
  period_kind: string;
  status: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: Json | null;
  computed_at: Timestamp;
}

export interface CorePlace {
  city_id: number;
  id: Generated<number>;
  parent_id: number | null;
  kind: string;
  name: string;
  path: Generated<string>;
  depth: Generated<number>;
  created_at: Generated<Timestamp>;
}

export interface CorePlaceAttribute {
  city_id: number;
  place_id: number;
  key: string;
  value: string;
}

export interface CoreRoleGrant {
  id: Generated<number>;
  user_id: number;
  role: string;
  city_id: number | null;
  org_id: number | null;
  granted_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface CoreSession {
  id: string;
  user_id: number;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
}

export interface CoreUnit {
  city_id: number;
  id: Generated<number>;
  name: string;
  kind: string;
  level: string;
  org_id: number | null;
  address: string | null;
  created_at: Generated<Timestamp>;
}

export interface CoreTables {
  'core.app_user': CoreAppUser;
  'core.audit_log': CoreAuditLog;
  'core.city': CoreCity;
  'core.city_plugin': CoreCityPlugin;
  'core.demo_seed': CoreDemoSeed;
  'core.import_error': CoreImportError;
  'core.import_error_row': CoreImportErrorRow;
  'core.import_job': CoreImportJob;
  'core.import_member_stage': CoreImportMemberStage;
  'core.import_row_stage': CoreImportRowStage;
  'core.job_run': CoreJobRun;
  'core.login_throttle': CoreLoginThrottle;
  'core.member': CoreMember;
  'core.member_affiliation': CoreMemberAffiliation;
  'core.notification': CoreNotification;
  'core.notification_outbox': CoreNotificationOutbox;
  'core.org': CoreOrg;
  'core.org_link': CoreOrgLink;
  'core.outcome_snapshot': CoreOutcomeSnapshot;
  'core.place': CorePlace;
  'core.place_attribute': CorePlaceAttribute;
  'core.role_grant': CoreRoleGrant;
  'core.session': CoreSession;
  'core.unit': CoreUnit;
}
