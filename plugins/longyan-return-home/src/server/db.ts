import type { CoreDatabase, SchemaAgrees, SchemaMismatches } from '@jiceng/plugin-kit';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PLongyanReturnHomeTables } from './db.generated';

// The tables of p_longyan_return_home (migrations/), refined where the migration's checks allow only some values.
// db.generated.ts is what the migrated database says (kept true by the contract suite's tablesFile check); the
// check at the bottom fails to compile while the two differ.

/** A timestamp the database fills in (default now()). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp without a default: every insert names it. */
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface ClaimTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: 'post' | 'pairing' | 'wish';
  post_id: number | null;
  pairing_id: number | null;
  wish_id: number | null;
  community_org_id: number;
  claimed_at: RequiredTimestamp;
}

export interface CoBuildingActivityTable {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  held_on: string;
  title: string;
  participants: number;
}

export interface CoBuildingAgreementTable {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  signed_on: string;
  content: string;
}

export interface CoBuildingProjectTable {
  city_id: number;
  id: Generated<number>;
  link_id: number;
  title: string;
  category: 'talent' | 'technology' | 'materials' | 'funds' | 'venue';
  started_on: string;
  completed_on: string | null;
}

export interface CompoundCoverageTable {
  city_id: number;
  compound_place_id: number;
  org_id: number;
}

export interface CompoundOrgTable {
  city_id: number;
  org_id: number;
  community_org_id: number;
  formed_on: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface GridBranchTable {
  city_id: number;
  org_id: number;
  community_org_id: number;
  volunteer_team_id: number | null;
  formed_on: string;
}

export interface GridPlacementTable {
  city_id: number;
  member_id: number;
  grid_org_id: number;
  placed_on: string;
}

export interface PairingNeedTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  beneficiary: string;
  need: string;
  collected_on: string;
  status: Defaulted<'open' | 'paired'>;
  created_by: number | null;
}

export interface PioneerTagTable {
  city_id: number;
  member_id: number;
  tag:
    | 'model_resident'
    | 'opinion_collection'
    | 'policy_promotion'
    | 'dispute_mediation'
    | 'volunteer_service';
}

export interface RedCommitteeTable {
  city_id: number;
  id: Generated<number>;
  compound_place_id: number;
  compound_org_id: number;
  name: string;
  formed_on: string;
  property_company: string | null;
}

export interface RedCommitteeMemberTable {
  city_id: number;
  id: Generated<number>;
  committee_id: number;
  name: string;
  member_id: number | null;
  role: 'chair' | 'vice_chair' | 'member';
  branch_role: 'secretary' | 'deputy_secretary' | 'committee_member' | null;
}

export interface ReportTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  period: string;
  community_org_id: number;
  rule: 'residence' | 'co_building';
  issuer_org_id: number;
  status: Defaulted<'online' | 'confirmed'>;
  reported_at: RequiredTimestamp;
  certificate_no: string | null;
  certificate_issued_at: TimestampOrNull;
  certificate_issued_by: number | null;
  confirmed_at: TimestampOrNull;
  confirmed_by: number | null;
}

export interface ServicePostTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  title: string;
  mode: 'fixed' | 'group' | 'theme';
  description: string | null;
  capacity: number | null;
  status: Defaulted<'open' | 'closed'>;
  published_on: string;
  created_by: number | null;
}

export interface ServiceRecordTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  community_org_id: number;
  claim_id: number | null;
  served_on: string;
  hours: number;
  content: string;
  beneficiary: string;
  status: Defaulted<'submitted' | 'confirmed' | 'rejected'>;
  submitted_at: RequiredTimestamp;
  reviewed_by: number | null;
  reviewed_at: TimestampOrNull;
  verified_with: string | null;
  review_note: string | null;
}

export interface TeamMemberTable {
  city_id: number;
  team_id: number;
  member_id: number;
  joined_on: string;
}

export interface VolunteerTeamTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  name: string;
  leader_member_id: number | null;
  founded_on: string;
}

export interface WishTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  beneficiary: string;
  content: string;
  collected_on: string;
  status: Defaulted<'open' | 'claimed' | 'fulfilled'>;
  fulfilled_on: string | null;
  created_by: number | null;
}

export interface LongyanTables {
  'p_longyan_return_home.claim': ClaimTable;
  'p_longyan_return_home.co_building_activity': CoBuildingActivityTable;
  'p_longyan_return_home.co_building_agreement': CoBuildingAgreementTable;
  'p_longyan_return_home.co_building_project': CoBuildingProjectTable;
  'p_longyan_return_home.compound_coverage': CompoundCoverageTable;
  'p_longyan_return_home.compound_org': CompoundOrgTable;
  'p_longyan_return_home.grid_branch': GridBranchTable;
  'p_longyan_return_home.grid_placement': GridPlacementTable;
  'p_longyan_return_home.pairing_need': PairingNeedTable;
  'p_longyan_return_home.pioneer_tag': PioneerTagTable;
  'p_longyan_return_home.red_committee': RedCommitteeTable;
  'p_longyan_return_home.red_committee_member': RedCommitteeMemberTable;
  'p_longyan_return_home.report': ReportTable;
  'p_longyan_return_home.service_post': ServicePostTable;
  'p_longyan_return_home.service_record': ServiceRecordTable;
  'p_longyan_return_home.team_member': TeamMemberTable;
  'p_longyan_return_home.volunteer_team': VolunteerTeamTable;
  'p_longyan_return_home.wish': WishTable;
}

/** Core's tables and Longyan's: what `ctx.db` is. */
export type LongyanDb = Kysely<CoreDatabase & LongyanTables>;

export type LongyanTablesMatchMigrations = SchemaAgrees<
  SchemaMismatches<LongyanTables, PLongyanReturnHomeTables>
>;
