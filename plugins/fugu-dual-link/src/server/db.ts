import type { CoreDatabase, SchemaAgrees, SchemaMismatches } from '@jiceng/plugin-kit';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PFuguDualLinkTables } from './db.generated';

// The tables of p_fugu_dual_link (migrations/), refined where the migration's checks allow only some values.
// db.generated.ts is what the migrated database says (kept true by the contract suite's tablesFile check); the
// check at the bottom fails to compile while the two differ.

/** A timestamp the database fills in (default now()). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonColumn<T extends {} = {}> = ColumnType<T, string, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface ActivityTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  kind: 'collective' | 'service' | 'study' | 'culture' | 'meeting';
  title: string;
  held_on: string;
  location: string | null;
  description: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AppraisalTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  branch_org_id: number;
  year: number;
  peer_score: number;
  mass_score: number;
  branch_score: number;
  weights: JsonColumn;
  total: number;
  grade: 'excellent' | 'qualified' | 'basic' | 'unqualified';
  note: string | null;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface BranchDecisionTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  branch_org_id: number;
  flow_id: number | null;
  lapse_since: string;
  reason: string;
  raised_on: string;
  status: Defaulted<'pending' | 'excused' | 'warned' | 'proposed' | 'approved' | 'rejected'>;
  branch_meeting_on: string | null;
  decided_on: string | null;
  decided_by: number | null;
  upper_decided_on: string | null;
  upper_decided_by: number | null;
  note: string | null;
}

export interface CampaignTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  started_on: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CampaignProgressTable {
  city_id: number;
  campaign_id: number;
  org_id: number;
  step: 'mobilize' | 'link' | 'activities' | 'feedback' | 'summary';
  deadline: string;
  done_on: string | null;
  done_by: number | null;
  note: string | null;
}

export interface CampaignStepTable {
  city_id: number;
  campaign_id: number;
  step: 'mobilize' | 'link' | 'activities' | 'feedback' | 'summary';
  deadline: string;
}

export interface FeedbackCardTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  member_id: number;
  community_org_id: number;
  unit_org_id: number;
  kind: 'half_year' | 'annual';
  period_key: string;
  period_from: string;
  period_to: string;
  due_on: string;
  activities: Generated<number>;
  visits: Generated<number>;
  practical_things: Generated<number>;
  ratings: JsonColumn | null;
  overall: string | null;
  comment: string | null;
  sent_on: string;
  sent_by: number | null;
  created_at: Timestamp;
}

export interface FeedbackDeliveryTable {
  city_id: number;
  id: Generated<number>;
  card_id: number;
  recipient: 'unit' | 'office';
  org_id: number | null;
  delivered_on: string;
  received_on: string | null;
  received_by: number | null;
}

export interface FileEntryTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: 'meeting' | 'suggestion' | 'event' | 'study' | 'document' | 'task' | 'appraisal';
  on_date: string;
  title: string;
  content: string | null;
  score: number | null;
  recorded_by: number | null;
  created_at: Timestamp;
}

export interface FlowRecordTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  direction: 'out' | 'in';
  branch_org_id: number;
  place_text: string;
  fixed_place: Defaulted<boolean>;
  started_on: string;
  expected_return_on: string | null;
  card_no: string | null;
  card_issued_on: string | null;
  transfer_prompted: Defaulted<boolean>;
  status: Defaulted<'open' | 'returned' | 'transferred'>;
  ended_on: string | null;
  card_checked: Defaulted<boolean>;
  end_note: string | null;
  affiliation_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface InspectionGroupTable {
  city_id: number;
  id: Generated<number>;
  campaign_id: number;
  name: string;
  leader: string;
  members: string | null;
  centre_id: number;
}

export interface InspectionRecordTable {
  city_id: number;
  id: Generated<number>;
  group_id: number;
  org_id: number;
  visited_on: string;
  findings: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface JointMeetingTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  quarter_key: string;
  scheduled_on: string;
  agenda: string;
  agenda_sent_on: string | null;
  held_on: string | null;
  minutes: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface JointMeetingUnitTable {
  city_id: number;
  meeting_id: number;
  org_id: number;
  attended: Defaulted<boolean>;
}

export interface MemberPhotoTable {
  city_id: number;
  member_id: number;
  mime: string;
  data_base64: string;
  updated_at: Timestamp;
}

export interface NoticeTable {
  city_id: number;
  id: Generated<number>;
  to_org_id: number | null;
  kind: string;
  member_id: number | null;
  registration_id: number | null;
  dedupe_key: string;
  payload: JsonColumn | null;
  created_on: string;
  read_on: string | null;
  read_by: number | null;
}

export interface OrgLifeRecordTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: 'org_life' | 'dues';
  on_date: string;
  note: string | null;
  recorded_by: number | null;
  created_at: Timestamp;
}

export interface ParticipationTable {
  city_id: number;
  id: Generated<number>;
  activity_id: number;
  registration_id: number;
  hours: number | null;
  note: string | null;
}

export interface PartyGroupTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  name: string;
  category: string;
  leader_registration_id: number | null;
  created_at: Timestamp;
}

export interface PostTable {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  code: string | null;
  category: 'policy' | 'legal' | 'medical' | 'culture' | 'security' | 'welfare';
  name: string;
  description: string | null;
  keywords: Defaulted<string>;
  capacity: number | null;
  active: Defaulted<boolean>;
  created_at: Timestamp;
}

export interface PostAssignmentTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  post_id: number;
  since: string;
  until: string | null;
  reason: Defaulted<'skills' | 'manual' | 'change'>;
  match_score: Generated<number>;
  assigned_by: number | null;
}

export interface PostChangeRequestTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  assignment_id: number | null;
  reason: string;
  unable_from: string;
  unable_until: string;
  status: Defaulted<'pending' | 'approved' | 'rejected'>;
  new_post_id: number | null;
  decided_on: string | null;
  decided_by: number | null;
  decision_note: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface PracticalThingTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  done_on: string;
  title: string;
  description: string | null;
  recorded_by: number | null;
  created_at: Timestamp;
}

export interface RegistrationTable {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  unit_org_id: number;
  community_org_id: number;
  residence_place_id: number | null;
  address: string | null;
  occupation: string | null;
  skills: string | null;
  commitment: string | null;
  on_board: Defaulted<boolean>;
  show_photo: Defaulted<boolean>;
  show_unit: Defaulted<boolean>;
  show_commitment: Defaulted<boolean>;
  show_post: Defaulted<boolean>;
  status: Defaulted<string>;
  letter_no: string;
  sent_on: string;
  sent_by: number | null;
  stamped_on: string | null;
  stamped_by: number | null;
  part1_filed_on: string | null;
  part1_filed_by: number | null;
  returned_on: string | null;
  return_reason: string | null;
  closed_on: string | null;
  close_reason: 'moved' | 'left_unit' | 'other' | null;
  previous_id: number | null;
  party_group_id: number | null;
  affiliation_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportVisitTable {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  visited_on: string;
  note: string | null;
  recorded_by: number | null;
  created_at: Timestamp;
}

export interface ServiceCentreTable {
  city_id: number;
  id: Generated<number>;
  name: string;
}

export interface ServiceCentreCommunityTable {
  city_id: number;
  centre_id: number;
  org_id: number;
}

export interface FuguTables {
  'p_fugu_dual_link.activity': ActivityTable;
  'p_fugu_dual_link.appraisal': AppraisalTable;
  'p_fugu_dual_link.branch_decision': BranchDecisionTable;
  'p_fugu_dual_link.campaign': CampaignTable;
  'p_fugu_dual_link.campaign_progress': CampaignProgressTable;
  'p_fugu_dual_link.campaign_step': CampaignStepTable;
  'p_fugu_dual_link.feedback_card': FeedbackCardTable;
  'p_fugu_dual_link.feedback_delivery': FeedbackDeliveryTable;
  'p_fugu_dual_link.file_entry': FileEntryTable;
  'p_fugu_dual_link.flow_record': FlowRecordTable;
  'p_fugu_dual_link.inspection_group': InspectionGroupTable;
  'p_fugu_dual_link.inspection_record': InspectionRecordTable;
  'p_fugu_dual_link.joint_meeting': JointMeetingTable;
  'p_fugu_dual_link.joint_meeting_unit': JointMeetingUnitTable;
  'p_fugu_dual_link.member_photo': MemberPhotoTable;
  'p_fugu_dual_link.notice': NoticeTable;
  'p_fugu_dual_link.org_life_record': OrgLifeRecordTable;
  'p_fugu_dual_link.participation': ParticipationTable;
  'p_fugu_dual_link.party_group': PartyGroupTable;
  'p_fugu_dual_link.post': PostTable;
  'p_fugu_dual_link.post_assignment': PostAssignmentTable;
  'p_fugu_dual_link.post_change_request': PostChangeRequestTable;
  'p_fugu_dual_link.practical_thing': PracticalThingTable;
  'p_fugu_dual_link.registration': RegistrationTable;
  'p_fugu_dual_link.report_visit': ReportVisitTable;
  'p_fugu_dual_link.service_centre': ServiceCentreTable;
  'p_fugu_dual_link.service_centre_community': ServiceCentreCommunityTable;
}

/** Core's tables and Fugu's: what `ctx.db` is. */
export type FuguDb = Kysely<CoreDatabase & FuguTables>;

export type FuguTablesMatchMigrations = SchemaAgrees<SchemaMismatches<FuguTables, PFuguDualLinkTables>>;
