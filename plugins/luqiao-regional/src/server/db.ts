import type { CoreDatabase, SchemaAgrees, SchemaMismatches } from '@jiceng/plugin-kit';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PLuqiaoRegionalTables } from './db.generated';

// The tables of p_luqiao_regional (migrations/), refined where the migration's checks allow only some values.
// db.generated.ts is what the migrated database says (kept true by the contract suite's tablesFile check); the
// check at the bottom fails to compile while the two differ.

/** A timestamp without a default: every insert names it. */
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type JsonDefaulted<T extends {} = {}> = ColumnType<T, string | undefined, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface BallotTable {
  city_id: number;
  id: Generated<number>;
  election_id: number;
  secretary_name: string | null;
  member_names: JsonDefaulted;
  entered_at: RequiredTimestamp;
  entered_by: number | null;
}

export interface BallotVoterTable {
  city_id: number;
  election_id: number;
  member_id: number;
}

export interface CentreTable {
  city_id: number;
  id: Generated<number>;
  level: 'district' | 'town' | 'region';
  kind: Defaulted<string>;
  name: string;
  owner_org_id: number;
  region_id: number | null;
  place_id: number | null;
  floor_area: number;
  staff_count: number;
  funding_source: string;
  opened_on: string;
  active: Defaulted<boolean>;
}

export interface CouncilTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  name: string;
  founded_on: string;
}

export interface CouncilMeetingTable {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  held_on: string;
  topic: string;
  chair_member_id: number | null;
  minutes: string | null;
}

export interface CouncilMemberTable {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  unit_id: number;
  joined_on: string;
  left_on: string | null;
  left_reason: string | null;
  replaced_by_id: number | null;
}

export interface CouncilProjectTable {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  title: string;
  description: string | null;
  declared_by_id: number;
  lead_member_id: number;
  declared_on: string;
  starts_on: string | null;
  due_on: string | null;
  status: 'declared' | 'in_progress' | 'completed' | 'dropped';
  completed_on: string | null;
  outcome: string | null;
}

export interface CouncilTermTable {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  term_no: number;
  chair_member_id: number;
  starts_on: string;
  ends_on: string;
  ended_on: string | null;
  end_kind: 'completed' | 'replaced' | null;
  end_reason: string | null;
}

export interface ElectionTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  title: string;
  member_seats: number;
  electorate: number;
  held_on: string;
  status: Defaulted<'open' | 'counted' | 'closed'>;
  ballots_cast: number | null;
  ballots_valid: number | null;
  counted_at: TimestampOrNull;
  counted_by: number | null;
  closed_at: TimestampOrNull;
  created_at: RequiredTimestamp;
}

export interface ElectionResultTable {
  city_id: number;
  election_id: number;
  role: string;
  name: string;
  votes: number;
  rank: number;
  elected: boolean;
  member_id: number | null;
}

export interface FlowingBranchTable {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  region_id: number | null;
  origin: string;
  origin_org_name: string | null;
  established_on: string;
  contact_name: string | null;
}

export interface FlowingBranchActivityTable {
  city_id: number;
  id: Generated<number>;
  branch_id: number;
  kind: string;
  happened_on: string;
  amount: number | null;
  description: string;
}

export interface FlowingBranchMemberTable {
  city_id: number;
  id: Generated<number>;
  branch_id: number;
  member_id: number;
  joined_on: string;
  left_on: string | null;
  affiliation_id: number | null;
}

export interface MassOrgTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  kind: string;
  name: string;
  mirrors_org_id: number | null;
  leader_name: string | null;
  established_on: string;
}

export interface MeetingReviewTable {
  city_id: number;
  meeting_id: number;
  council_member_id: number;
  attended: boolean;
  score: number;
  note: string | null;
}

export interface NOrgMoveTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  org_id: number;
  previous_parent_id: number | null;
  moved_at: RequiredTimestamp;
  moved_by: number | null;
  returned_at: TimestampOrNull;
  returned_to_id: number | null;
  return_reason: string | null;
}

export interface ReceptionDayTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  held_on: string;
  month: string;
  representatives: JsonDefaulted;
  reschedule_reason: string | null;
}

export interface ReceptionVisitTable {
  city_id: number;
  id: Generated<number>;
  reception_day_id: number;
  visitor_name: string;
  visitor_member_id: number | null;
  issue: string;
  representative: string;
  follow_up_status: Defaulted<'pending' | 'in_progress' | 'resolved' | 'explained'>;
  follow_up_note: string | null;
  follow_up_due_on: string | null;
  closed_on: string | null;
}

export interface RegionTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  kind: string;
  town_org_id: number;
  town_place_id: number | null;
  regional_org_id: number;
  centre_org_id: number;
  description: string | null;
  established_on: string;
  created_by: number | null;
  created_at: RequiredTimestamp;
}

export interface RegionPlaceTable {
  city_id: number;
  region_id: number;
  place_id: number;
}

export interface RegionUnitTable {
  city_id: number;
  region_id: number;
  unit_id: number;
  joined_on: string;
  centre_covered_since: string | null;
  centre_liaison: string | null;
}

export interface RegistrationTable {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  member_id: number;
  via: 'unit_org' | 'centre_org';
  unit_id: number | null;
  registered_on: string;
  ended_on: string | null;
  end_reason: string | null;
  region_affiliation_id: number | null;
  centre_affiliation_id: number | null;
  shop_name: string | null;
  shop_displayed_on: string | null;
  created_by: number | null;
}

/** 奉献双岗位: a service a registered member logged in their region, and whether the region's org confirmed it. */
export interface ServiceRecordTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  member_id: number;
  region_id: number;
  served_on: string;
  hours: number;
  content: string;
  status: Defaulted<'submitted' | 'confirmed' | 'rejected'>;
  confirmed_by: number | null;
  confirmed_on: string | null;
  created_at: Defaulted<Date>;
}

export interface ShopNominationTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  year: number;
  nominated_on: string;
  status: 'nominated' | 'awarded' | 'not_awarded';
  decided_on: string | null;
  note: string | null;
}

export interface VisitTable {
  city_id: number;
  id: Generated<number>;
  centre_id: number;
  service: string;
  visitor_name: string;
  visitor_member_id: number | null;
  subject: string;
  first_responder: string;
  referred_to: string | null;
  received_at: RequiredTimestamp;
  received_on: string;
  time_limited: boolean;
  due_on: string | null;
  completed_at: TimestampOrNull;
  completed_on: string | null;
  result: string | null;
}

export interface LuqiaoTables {
  'p_luqiao_regional.ballot': BallotTable;
  'p_luqiao_regional.ballot_voter': BallotVoterTable;
  'p_luqiao_regional.centre': CentreTable;
  'p_luqiao_regional.council': CouncilTable;
  'p_luqiao_regional.council_meeting': CouncilMeetingTable;
  'p_luqiao_regional.council_member': CouncilMemberTable;
  'p_luqiao_regional.council_project': CouncilProjectTable;
  'p_luqiao_regional.council_term': CouncilTermTable;
  'p_luqiao_regional.election': ElectionTable;
  'p_luqiao_regional.election_result': ElectionResultTable;
  'p_luqiao_regional.flowing_branch': FlowingBranchTable;
  'p_luqiao_regional.flowing_branch_activity': FlowingBranchActivityTable;
  'p_luqiao_regional.flowing_branch_member': FlowingBranchMemberTable;
  'p_luqiao_regional.mass_org': MassOrgTable;
  'p_luqiao_regional.meeting_review': MeetingReviewTable;
  'p_luqiao_regional.n_org_move': NOrgMoveTable;
  'p_luqiao_regional.reception_day': ReceptionDayTable;
  'p_luqiao_regional.reception_visit': ReceptionVisitTable;
  'p_luqiao_regional.region': RegionTable;
  'p_luqiao_regional.region_place': RegionPlaceTable;
  'p_luqiao_regional.region_unit': RegionUnitTable;
  'p_luqiao_regional.registration': RegistrationTable;
  'p_luqiao_regional.service_record': ServiceRecordTable;
  'p_luqiao_regional.shop_nomination': ShopNominationTable;
  'p_luqiao_regional.visit': VisitTable;
}

/** Core's tables and Luqiao's: what `ctx.db` is. */
export type LuqiaoDb = Kysely<CoreDatabase & LuqiaoTables>;

export type LuqiaoTablesMatchMigrations = SchemaAgrees<SchemaMismatches<LuqiaoTables, PLuqiaoRegionalTables>>;
