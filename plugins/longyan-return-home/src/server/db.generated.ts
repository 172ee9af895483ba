// Generated from information_schema of a migrated database (schema p_longyan_return_home): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PLongyanReturnHomeClaim {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: string;
  post_id: number | null;
  pairing_id: number | null;
  wish_id: number | null;
  community_org_id: number;
  claimed_at: Timestamp;
}

export interface PLongyanReturnHomeCoBuildingActivity {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  held_on: string;
  title: string;
  participants: number;
}

export interface PLongyanReturnHomeCoBuildingAgreement {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  signed_on: string;
  content: string;
}

export interface PLongyanReturnHomeCoBuildingProject {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  title: string;
  category: string;
  started_on: string;
  completed_on: string | null;
}

export interface PLongyanReturnHomeCompoundCoverage {
  city_id: number;
  compound_place_id: number;
  org_id: number;
}

export interface PLongyanReturnHomeCompoundOrg {
  city_id: number;
  org_id: number;
  community_org_id: number;
  formed_on: string;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PLongyanReturnHomeGridBranch {
  city_id: number;
  org_id: number;
  community_org_id: number;
  volunteer_team_id: number | null;
  formed_on: string;
}

export interface PLongyanReturnHomeGridPlacement {
  city_id: number;
  member_id: number;
  grid_org_id: number;
  placed_on: string;
}

export interface PLongyanReturnHomePairingNeed {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  beneficiary: string;
  need: string;
  collected_on: string;
  status: Generated<string>;
  created_by: number | null;
}

export interface PLongyanReturnHomePioneerTag {
  city_id: number;
  member_id: number;
  tag: string;
}

export interface PLongyanReturnHomeRedCommittee {
  city_id: number;
  id: Generated<number>;
  compound_place_id: number;
  compound_org_id: number;
  name: string;
  formed_on: string;
  property_company: string | null;
}

export interface PLongyanReturnHomeRedCommitteeMember {
  city_id: number;
  id: Generated<number>;
  committee_id: number;
  name: string;
  member_id: number | null;
  role: string;
  branch_role: string | null;
}

export interface PLongyanReturnHomeReport {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  period: string;
  community_org_id: number;
  rule: string;
  issuer_org_id: number;
  status: Generated<string>;
  reported_at: Timestamp;
  certificate_no: string | null;
  certificate_issued_at: Timestamp | null;
  certificate_issued_by: number | null;
  confirmed_at: Timestamp | null;
  confirmed_by: number | null;
}

export interface PLongyanReturnHomeServicePost {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  title: string;
  mode: string;
  description: string | null;
  capacity: number | null;
  status: Generated<string>;
  published_on: string;
  created_by: number | null;
}

export interface PLongyanReturnHomeServiceRecord {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  community_org_id: number;
  claim_id: number | null;
  served_on: string;
  hours: number;
  content: string;
  beneficiary: string;
  status: Generated<string>;
  submitted_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  verified_with: string | null;
  review_note: string | null;
}

export interface PLongyanReturnHomeTeamMember {
  city_id: number;
  team_id: number;
  member_id: number;
  joined_on: string;
}

export interface PLongyanReturnHomeVolunteerTeam {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  name: string;
  leader_member_id: number | null;
  founded_on: string;
}

export interface PLongyanReturnHomeWish {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  beneficiary: string;
  content: string;
  collected_on: string;
  status: Generated<string>;
  fulfilled_on: string | null;
  created_by: number | null;
}

export interface PLongyanReturnHomeTables {
  'p_longyan_return_home.claim': PLongyanReturnHomeClaim;
  'p_longyan_return_home.co_building_activity': PLongyanReturnHomeCoBuildingActivity;
  'p_longyan_return_home.co_building_agreement': PLongyanReturnHomeCoBuildingAgreement;
  'p_longyan_return_home.co_building_project': PLongyanReturnHomeCoBuildingProject;
  'p_longyan_return_home.compound_coverage': PLongyanReturnHomeCompoundCoverage;
  'p_longyan_return_home.compound_org': PLongyanReturnHomeCompoundOrg;
  'p_longyan_return_home.grid_branch': PLongyanReturnHomeGridBranch;
  'p_longyan_return_home.grid_placement': PLongyanReturnHomeGridPlacement;
  'p_longyan_return_home.pairing_need': PLongyanReturnHomePairingNeed;
  'p_longyan_return_home.pioneer_tag': PLongyanReturnHomePioneerTag;
  'p_longyan_return_home.red_committee': PLongyanReturnHomeRedCommittee;
  'p_longyan_return_home.red_committee_member': PLongyanReturnHomeRedCommitteeMember;
  'p_longyan_return_home.report': PLongyanReturnHomeReport;
  'p_longyan_return_home.service_post': PLongyanReturnHomeServicePost;
  'p_longyan_return_home.service_record': PLongyanReturnHomeServiceRecord;
  'p_longyan_return_home.team_member': PLongyanReturnHomeTeamMember;
  'p_longyan_return_home.volunteer_team': PLongyanReturnHomeVolunteerTeam;
  'p_longyan_return_home.wish': PLongyanReturnHomeWish;
}
