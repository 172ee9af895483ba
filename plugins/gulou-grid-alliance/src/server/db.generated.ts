// Generated from information_schema of a migrated database (schema p_gulou_grid_alliance): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<{}, string, string>;

export interface PGulouGridAllianceAlliance {
  city_id: number;
  id: Generated<number>;
  name: string;
  lead_org_id: number;
  founded_on: string;
  charter: string | null;
  charter_adopted_on: string | null;
}

export interface PGulouGridAllianceAllianceRep {
  city_id: number;
  id: Generated<number>;
  alliance_unit_id: number;
  name: string;
  title: string | null;
  phone: string | null;
  member_id: number | null;
}

export interface PGulouGridAllianceAllianceUnit {
  city_id: number;
  id: Generated<number>;
  alliance_id: number;
  unit_id: number;
  joined_on: string;
  left_on: string | null;
}

export interface PGulouGridAllianceBody {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  kind: string;
  name: string;
  established_on: string | null;
}

export interface PGulouGridAllianceBodyMember {
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

export interface PGulouGridAllianceCareerStep {
  city_id: number;
  id: Generated<number>;
  worker_id: number;
  chain: string;
  step: string;
  started_on: string;
  note: string | null;
}

export interface PGulouGridAllianceDemand {
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
  escalated_at: Timestamp | null;
  received_at: Timestamp;
  received_on: string;
  assigned_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_on: string | null;
  reply: string | null;
  satisfaction: string | null;
  reopen_count: Generated<number>;
  created_by: number | null;
  updated_at: Timestamp;
}

export interface PGulouGridAllianceDemandEvent {
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

export interface PGulouGridAllianceFacility {
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

export interface PGulouGridAllianceFund {
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

export interface PGulouGridAllianceGridInfo {
  city_id: number;
  org_id: number;
  place_id: number;
  households: number | null;
  established_on: string | null;
}

export interface PGulouGridAllianceGridWorker {
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

export interface PGulouGridAllianceMeeting {
  city_id: number;
  id: Generated<number>;
  alliance_id: number;
  held_at: Timestamp;
  mode: string;
  location: string | null;
  topic: string;
  agenda: Generated<Json>;
  status: Generated<string>;
  minutes: string | null;
  cancel_reason: string | null;
}

export interface PGulouGridAllianceMeetingAttendance {
  city_id: number;
  meeting_id: number;
  alliance_unit_id: number;
}

export interface PGulouGridAllianceMeetingDecision {
  city_id: number;
  id: Generated<number>;
  meeting_id: number;
  content: string;
  owner_unit_id: number | null;
  due_on: string | null;
  done_on: string | null;
}

export interface PGulouGridAllianceServiceProject {
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

export interface PGulouGridAllianceStudio {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  name: string;
  representatives: Generated<Json>;
}

export interface PGulouGridAllianceSupplyItem {
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

export interface PGulouGridAllianceVolunteerLog {
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
  decided_at: Timestamp | null;
  reject_reason: string | null;
}

export interface PGulouGridAllianceTables {
  'p_gulou_grid_alliance.alliance': PGulouGridAllianceAlliance;
  'p_gulou_grid_alliance.alliance_rep': PGulouGridAllianceAllianceRep;
  'p_gulou_grid_alliance.alliance_unit': PGulouGridAllianceAllianceUnit;
  'p_gulou_grid_alliance.body': PGulouGridAllianceBody;
  'p_gulou_grid_alliance.body_member': PGulouGridAllianceBodyMember;
  'p_gulou_grid_alliance.career_step': PGulouGridAllianceCareerStep;
  'p_gulou_grid_alliance.demand': PGulouGridAllianceDemand;
  'p_gulou_grid_alliance.demand_event': PGulouGridAllianceDemandEvent;
  'p_gulou_grid_alliance.facility': PGulouGridAllianceFacility;
  'p_gulou_grid_alliance.fund': PGulouGridAllianceFund;
  'p_gulou_grid_alliance.grid_info': PGulouGridAllianceGridInfo;
  'p_gulou_grid_alliance.grid_worker': PGulouGridAllianceGridWorker;
  'p_gulou_grid_alliance.meeting': PGulouGridAllianceMeeting;
  'p_gulou_grid_alliance.meeting_attendance': PGulouGridAllianceMeetingAttendance;
  'p_gulou_grid_alliance.meeting_decision': PGulouGridAllianceMeetingDecision;
  'p_gulou_grid_alliance.service_project': PGulouGridAllianceServiceProject;
  'p_gulou_grid_alliance.studio': PGulouGridAllianceStudio;
  'p_gulou_grid_alliance.supply_item': PGulouGridAllianceSupplyItem;
  'p_gulou_grid_alliance.volunteer_log': PGulouGridAllianceVolunteerLog;
}
