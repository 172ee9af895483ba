// Generated from information_schema of a migrated database (schema p_luqiao_regional): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<{}, string, string>;

export interface PLuqiaoRegionalBallot {
  city_id: number;
  id: Generated<number>;
  election_id: number;
  secretary_name: string | null;
  member_names: Generated<Json>;
  entered_at: Timestamp;
  entered_by: number | null;
}

export interface PLuqiaoRegionalBallotVoter {
  city_id: number;
  election_id: number;
  member_id: number;
}

export interface PLuqiaoRegionalCentre {
  city_id: number;
  id: Generated<number>;
  level: string;
  kind: Generated<string>;
  name: string;
  owner_org_id: number;
  region_id: number | null;
  place_id: number | null;
  floor_area: number;
  staff_count: number;
  funding_source: string;
  opened_on: string;
  active: Generated<boolean>;
}

export interface PLuqiaoRegionalCouncil {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  name: string;
  founded_on: string;
}

export interface PLuqiaoRegionalCouncilMeeting {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  held_on: string;
  topic: string;
  chair_member_id: number | null;
  minutes: string | null;
}

export interface PLuqiaoRegionalCouncilMember {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  unit_id: number;
  joined_on: string;
  left_on: string | null;
  left_reason: string | null;
  replaced_by_id: number | null;
}

export interface PLuqiaoRegionalCouncilProject {
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
  status: string;
  completed_on: string | null;
  outcome: string | null;
}

export interface PLuqiaoRegionalCouncilTerm {
  city_id: number;
  id: Generated<number>;
  council_id: number;
  term_no: number;
  chair_member_id: number;
  starts_on: string;
  ends_on: string;
  ended_on: string | null;
  end_kind: string | null;
  end_reason: string | null;
}

export interface PLuqiaoRegionalElection {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  title: string;
  member_seats: number;
  electorate: number;
  held_on: string;
  status: Generated<string>;
  ballots_cast: number | null;
  ballots_valid: number | null;
  counted_at: Timestamp | null;
  counted_by: number | null;
  closed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface PLuqiaoRegionalElectionResult {
  city_id: number;
  election_id: number;
  role: string;
  name: string;
  votes: number;
  rank: number;
  elected: boolean;
  member_id: number | null;
}

export interface PLuqiaoRegionalFlowingBranch {
  city_id: number;
  id: Generated<number>;
  org_id: number;
  region_id: number | null;
  origin: string;
  origin_org_name: string | null;
  established_on: string;
  contact_name: string | null;
}

export interface PLuqiaoRegionalFlowingBranchActivity {
  city_id: number;
  id: Generated<number>;
  branch_id: number;
  kind: string;
  happened_on: string;
  amount: number | null;
  description: string;
}

export interface PLuqiaoRegionalFlowingBranchMember {
  city_id: number;
  id: Generated<number>;
  branch_id: number;
  member_id: number;
  joined_on: string;
  left_on: string | null;
  affiliation_id: number | null;
}

export interface PLuqiaoRegionalMassOrg {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  kind: string;
  name: string;
  mirrors_org_id: number | null;
  leader_name: string | null;
  established_on: string;
}

export interface PLuqiaoRegionalMeetingReview {
  city_id: number;
  meeting_id: number;
  council_member_id: number;
  attended: boolean;
  score: number;
  note: string | null;
}

export interface PLuqiaoRegionalNOrgMove {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  org_id: number;
  previous_parent_id: number | null;
  moved_at: Timestamp;
  moved_by: number | null;
  returned_at: Timestamp | null;
  returned_to_id: number | null;
  return_reason: string | null;
}

export interface PLuqiaoRegionalReceptionDay {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  held_on: string;
  month: string;
  representatives: Generated<Json>;
  reschedule_reason: string | null;
}

export interface PLuqiaoRegionalReceptionVisit {
  city_id: number;
  id: Generated<number>;
  reception_day_id: number;
  visitor_name: string;
  visitor_member_id: number | null;
  issue: string;
  representative: string;
  follow_up_status: Generated<string>;
  follow_up_note: string | null;
  follow_up_due_on: string | null;
  closed_on: string | null;
}

export interface PLuqiaoRegionalRegion {
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
  created_at: Timestamp;
}

export interface PLuqiaoRegionalRegionPlace {
  city_id: number;
  region_id: number;
  place_id: number;
}

export interface PLuqiaoRegionalRegionUnit {
  city_id: number;
  region_id: number;
  unit_id: number;
  joined_on: string;
  centre_covered_since: string | null;
  centre_liaison: string | null;
}

export interface PLuqiaoRegionalRegistration {
  city_id: number;
  id: Generated<number>;
  region_id: number;
  member_id: number;
  via: string;
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

export interface PLuqiaoRegionalServiceRecord {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  member_id: number;
  region_id: number;
  served_on: string;
  hours: number;
  content: string;
  status: Generated<string>;
  confirmed_by: number | null;
  confirmed_on: string | null;
  created_at: Generated<Timestamp>;
}

export interface PLuqiaoRegionalShopNomination {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  year: number;
  nominated_on: string;
  status: string;
  decided_on: string | null;
  note: string | null;
}

export interface PLuqiaoRegionalVisit {
  city_id: number;
  id: Generated<number>;
  centre_id: number;
  service: string;
  visitor_name: string;
  visitor_member_id: number | null;
  subject: string;
  first_responder: string;
  referred_to: string | null;
  received_at: Timestamp;
  received_on: string;
  time_limited: boolean;
  due_on: string | null;
  completed_at: Timestamp | null;
  completed_on: string | null;
  result: string | null;
}

export interface PLuqiaoRegionalTables {
  'p_luqiao_regional.ballot': PLuqiaoRegionalBallot;
  'p_luqiao_regional.ballot_voter': PLuqiaoRegionalBallotVoter;
  'p_luqiao_regional.centre': PLuqiaoRegionalCentre;
  'p_luqiao_regional.council': PLuqiaoRegionalCouncil;
  'p_luqiao_regional.council_meeting': PLuqiaoRegionalCouncilMeeting;
  'p_luqiao_regional.council_member': PLuqiaoRegionalCouncilMember;
  'p_luqiao_regional.council_project': PLuqiaoRegionalCouncilProject;
  'p_luqiao_regional.council_term': PLuqiaoRegionalCouncilTerm;
  'p_luqiao_regional.election': PLuqiaoRegionalElection;
  'p_luqiao_regional.election_result': PLuqiaoRegionalElectionResult;
  'p_luqiao_regional.flowing_branch': PLuqiaoRegionalFlowingBranch;
  'p_luqiao_regional.flowing_branch_activity': PLuqiaoRegionalFlowingBranchActivity;
  'p_luqiao_regional.flowing_branch_member': PLuqiaoRegionalFlowingBranchMember;
  'p_luqiao_regional.mass_org': PLuqiaoRegionalMassOrg;
  'p_luqiao_regional.meeting_review': PLuqiaoRegionalMeetingReview;
  'p_luqiao_regional.n_org_move': PLuqiaoRegionalNOrgMove;
  'p_luqiao_regional.reception_day': PLuqiaoRegionalReceptionDay;
  'p_luqiao_regional.reception_visit': PLuqiaoRegionalReceptionVisit;
  'p_luqiao_regional.region': PLuqiaoRegionalRegion;
  'p_luqiao_regional.region_place': PLuqiaoRegionalRegionPlace;
  'p_luqiao_regional.region_unit': PLuqiaoRegionalRegionUnit;
  'p_luqiao_regional.registration': PLuqiaoRegionalRegistration;
  'p_luqiao_regional.service_record': PLuqiaoRegionalServiceRecord;
  'p_luqiao_regional.shop_nomination': PLuqiaoRegionalShopNomination;
  'p_luqiao_regional.visit': PLuqiaoRegionalVisit;
}
