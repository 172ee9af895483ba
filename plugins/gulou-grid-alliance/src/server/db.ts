import type { CoreDatabase, SchemaAgrees, SchemaMismatches } from '@jiceng/plugin-kit';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PGulouGridAllianceTables } from './db.generated';

// The tables of p_gulou_grid_alliance (migrations/), refined where the code relies on the migration's checks.
// db.generated.ts is what the migrated database says (kept true by the contract suite's tablesFile check); the
// check at the bottom fails to compile while the two differ.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type JsonDefaulted<T extends {} = {}> = ColumnType<T, string | undefined, string>;

export interface AllianceTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  lead_org_id: number;
  founded_on: string;
  charter: string | null;
  charter_adopted_on: string | null;
}

export interface AllianceRepTable {
  city_id: number;
  id: Generated<number>;
  alliance_unit_id: number;
  name: string;
  title: string | null;
  phone: string | null;
  member_id: number | null;
}

export interface AllianceUnitTable {
  city_id: number;
  id: Generated<number>;
  alliance_id: number;
  unit_id: number;
  joined_on: string;
  left_on: string | null;
}

export interface BodyTable {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  kind: string;
  name: string;
  established_on: string | null;
}

export interface BodyMemberTable {
  city_id: number;
  id: Generated<number>;
  body_id: number;
  name: string;
  source: string;
  role: Generated<string>;
  unit_id: number | null;
  member_id: number | null;
  since: string;
  until: string | null;
}

export interface CareerStepTable {
  city_id: number;
  id: Generated<number>;
  worker_id: number;
  chain: string;
  step: string;
  started_on: string;
  note: string | null;
}

export interface DemandTable {
  city_id: number;
  id: Generated<number>;
  grid_org_id: number;
  resident_name: string;
  resident_phone: string | null;
  address: string | null;
  content: string;
  category: string;
  source: string;
  ledger: string;
  status: Generated<string>;
  deadline: string | null;
  assignee_unit_id: number | null;
  assignee_department: string | null;
  agent_member_id: number | null;
  agent_name: string | null;
  studio_id: number | null;
  escalated_at: TimestampOrNull;
  received_at: Timestamp;
  received_on: string;
  assigned_at: TimestampOrNull;
  closed_at: TimestampOrNull;
  closed_on: string | null;
  reply: string | null;
  satisfaction: string | null;
  reopen_count: Generated<number>;
  created_by: number | null;
  updated_at: Timestamp;
}

export interface DemandEventTable {
  city_id: number;
  id: Generated<number>;
  demand_id: number;
  at: Timestamp;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  actor_user_id: number | null;
}

export interface FacilityTable {
  city_id: number;
  id: Generated<number>;
  unit_id: number;
  kind: string;
  name: string;
  address: string | null;
  place_id: number | null;
  days: string;
  opens_at: string;
  closes_at: string;
  capacity: number | null;
  note: string | null;
  active: Generated<boolean>;
}

export interface FundTable {
  city_id: number;
  id: Generated<number>;
  grid_org_id: number;
  year: number;
  source: string;
  amount: number;
  unit_id: number | null;
  received_on: string;
  note: string | null;
}

export interface GridInfoTable {
  city_id: number;
  org_id: number;
  place_id: number;
  households: number | null;
  established_on: string | null;
}

export interface GridWorkerTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  gender: string;
  phone: string | null;
  member_id: number | null;
  org_id: number;
  hired_on: string;
  active: Generated<boolean>;
}

export interface MeetingTable {
  city_id: number;
  id: Generated<number>;
  alliance_id: number;
  held_at: Timestamp;
  mode: string;
  location: string | null;
  topic: string;
  agenda: JsonDefaulted;
  status: Generated<string>;
  minutes: string | null;
  cancel_reason: string | null;
}

export interface MeetingAttendanceTable {
  city_id: number;
  meeting_id: number;
  alliance_unit_id: number;
}

export interface MeetingDecisionTable {
  city_id: number;
  id: Generated<number>;
  meeting_id: number;
  content: string;
  owner_unit_id: number | null;
  due_on: string | null;
  done_on: string | null;
}

export interface ServiceProjectTable {
  city_id: number;
  id: Generated<number>;
  need_id: number;
  offer_id: number;
  grid_org_id: number;
  unit_id: number;
  title: string;
  owner_name: string;
  content: string;
  start_on: string;
  end_on: string;
  status: Generated<string>;
  started_on: string | null;
  completed_on: string | null;
  created_on: string;
}

export interface StudioTable {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  name: string;
  representatives: JsonDefaulted;
}

export interface SupplyItemTable {
  city_id: number;
  id: Generated<number>;
  side: string;
  grid_org_id: number | null;
  unit_id: number | null;
  category: string;
  title: string;
  detail: string | null;
  status: Generated<string>;
  listed_on: string;
  withdraw_reason: string | null;
}

export interface VolunteerLogTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  grid_org_id: number | null;
  category: string;
  served_on: string;
  hours: number;
  description: string;
  status: Generated<string>;
  rating: number | null;
  logged_by: number | null;
  logged_at: Timestamp;
  decided_by: number | null;
  decided_at: TimestampOrNull;
  reject_reason: string | null;
}

export interface GulouTables {
  'p_gulou_grid_alliance.alliance': AllianceTable;
  'p_gulou_grid_alliance.alliance_rep': AllianceRepTable;
  'p_gulou_grid_alliance.alliance_unit': AllianceUnitTable;
  'p_gulou_grid_alliance.body': BodyTable;
  'p_gulou_grid_alliance.body_member': BodyMemberTable;
  'p_gulou_grid_alliance.career_step': CareerStepTable;
  'p_gulou_grid_alliance.demand': DemandTable;
  'p_gulou_grid_alliance.demand_event': DemandEventTable;
  'p_gulou_grid_alliance.facility': FacilityTable;
  'p_gulou_grid_alliance.fund': FundTable;
  'p_gulou_grid_alliance.grid_info': GridInfoTable;
  'p_gulou_grid_alliance.grid_worker': GridWorkerTable;
  'p_gulou_grid_alliance.meeting': MeetingTable;
  'p_gulou_grid_alliance.meeting_attendance': MeetingAttendanceTable;
  'p_gulou_grid_alliance.meeting_decision': MeetingDecisionTable;
  'p_gulou_grid_alliance.service_project': ServiceProjectTable;
  'p_gulou_grid_alliance.studio': StudioTable;
  'p_gulou_grid_alliance.supply_item': SupplyItemTable;
  'p_gulou_grid_alliance.volunteer_log': VolunteerLogTable;
}

/** Core's tables and Gulou's: what `ctx.db` is. */
export type GulouDb = Kysely<CoreDatabase & GulouTables>;

export type GulouTablesMatchMigrations = SchemaAgrees<
  SchemaMismatches<GulouTables, PGulouGridAllianceTables>
>;
