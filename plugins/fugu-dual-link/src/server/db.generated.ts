// Generated from information_schema of a migrated database (schema p_fugu_dual_link): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<{}, string, string>;

export interface PFuguDualLinkActivity {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  kind: string;
  title: string;
  held_on: string;
  location: string | null;
  description: string | null;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkAppraisal {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  branch_org_id: number;
  year: number;
  peer_score: number;
  mass_score: number;
  branch_score: number;
  weights: Json;
  total: number;
  grade: string;
  note: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Timestamp>;
}

export interface PFuguDualLinkBranchDecision {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  branch_org_id: number;
  flow_id: number | null;
  lapse_since: string;
  reason: string;
  raised_on: string;
  status: Generated<string>;
  branch_meeting_on: string | null;
  decided_on: string | null;
  decided_by: number | null;
  upper_decided_on: string | null;
  upper_decided_by: number | null;
  note: string | null;
}

export interface PFuguDualLinkCampaign {
  city_id: number;
  id: Generated<number>;
  name: string;
  started_on: string;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkCampaignProgress {
  city_id: number;
  campaign_id: number;
  org_id: number;
  step: string;
  deadline: string;
  done_on: string | null;
  done_by: number | null;
  note: string | null;
}

export interface PFuguDualLinkCampaignStep {
  city_id: number;
  campaign_id: number;
  step: string;
  deadline: string;
}

export interface PFuguDualLinkFeedbackCard {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  member_id: number;
  community_org_id: number;
  unit_org_id: number;
  kind: string;
  period_key: string;
  period_from: string;
  period_to: string;
  due_on: string;
  activities: Generated<number>;
  visits: Generated<number>;
  practical_things: Generated<number>;
  ratings: Json | null;
  overall: string | null;
  comment: string | null;
  sent_on: string;
  sent_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkFeedbackDelivery {
  city_id: number;
  id: Generated<number>;
  card_id: number;
  recipient: string;
  org_id: number | null;
  delivered_on: string;
  received_on: string | null;
  received_by: number | null;
}

export interface PFuguDualLinkFileEntry {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: string;
  on_date: string;
  title: string;
  content: string | null;
  score: number | null;
  recorded_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkFlowRecord {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  direction: string;
  branch_org_id: number;
  place_text: string;
  fixed_place: Generated<boolean>;
  started_on: string;
  expected_return_on: string | null;
  card_no: string | null;
  card_issued_on: string | null;
  transfer_prompted: Generated<boolean>;
  status: Generated<string>;
  ended_on: string | null;
  card_checked: Generated<boolean>;
  end_note: string | null;
  affiliation_id: number | null;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkInspectionGroup {
  city_id: number;
  id: Generated<number>;
  campaign_id: number;
  name: string;
  leader: string;
  members: string | null;
  centre_id: number;
}

export interface PFuguDualLinkInspectionRecord {
  city_id: number;
  id: Generated<number>;
  group_id: number;
  org_id: number;
  visited_on: string;
  findings: string;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkJointMeeting {
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
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkJointMeetingUnit {
  city_id: number;
  meeting_id: number;
  org_id: number;
  attended: Generated<boolean>;
}

export interface PFuguDualLinkMemberPhoto {
  city_id: number;
  member_id: number;
  mime: string;
  data_base64: string;
  updated_at: Generated<Timestamp>;
}

export interface PFuguDualLinkNotice {
  city_id: number;
  id: Generated<number>;
  to_org_id: number | null;
  kind: string;
  member_id: number | null;
  registration_id: number | null;
  dedupe_key: string;
  payload: Json | null;
  created_on: string;
  read_on: string | null;
  read_by: number | null;
}

export interface PFuguDualLinkOrgLifeRecord {
  city_id: number;
  id: Generated<number>;
  member_id: number;
  kind: string;
  on_date: string;
  note: string | null;
  recorded_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkParticipation {
  city_id: number;
  id: Generated<number>;
  activity_id: number;
  registration_id: number;
  hours: number | null;
  note: string | null;
}

export interface PFuguDualLinkPartyGroup {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  name: string;
  category: string;
  leader_registration_id: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkPost {
  city_id: number;
  id: Generated<number>;
  community_org_id: number;
  code: string | null;
  category: string;
  name: string;
  description: string | null;
  keywords: Generated<string>;
  capacity: number | null;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkPostAssignment {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  post_id: number;
  since: string;
  until: string | null;
  reason: Generated<string>;
  match_score: Generated<number>;
  assigned_by: number | null;
}

export interface PFuguDualLinkPostChangeRequest {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  assignment_id: number | null;
  reason: string;
  unable_from: string;
  unable_until: string;
  status: Generated<string>;
  new_post_id: number | null;
  decided_on: string | null;
  decided_by: number | null;
  decision_note: string | null;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkPracticalThing {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  done_on: string;
  title: string;
  description: string | null;
  recorded_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkRegistration {
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
  on_board: Generated<boolean>;
  show_photo: Generated<boolean>;
  show_unit: Generated<boolean>;
  show_commitment: Generated<boolean>;
  show_post: Generated<boolean>;
  status: Generated<string>;
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
  close_reason: string | null;
  previous_id: number | null;
  party_group_id: number | null;
  affiliation_id: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface PFuguDualLinkReportVisit {
  city_id: number;
  id: Generated<number>;
  registration_id: number;
  visited_on: string;
  note: string | null;
  recorded_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PFuguDualLinkServiceCentre {
  city_id: number;
  id: Generated<number>;
  name: string;
}

export interface PFuguDualLinkServiceCentreCommunity {
  city_id: number;
  centre_id: number;
  org_id: number;
}

export interface PFuguDualLinkTables {
  'p_fugu_dual_link.activity': PFuguDualLinkActivity;
  'p_fugu_dual_link.appraisal': PFuguDualLinkAppraisal;
  'p_fugu_dual_link.branch_decision': PFuguDualLinkBranchDecision;
  'p_fugu_dual_link.campaign': PFuguDualLinkCampaign;
  'p_fugu_dual_link.campaign_progress': PFuguDualLinkCampaignProgress;
  'p_fugu_dual_link.campaign_step': PFuguDualLinkCampaignStep;
  'p_fugu_dual_link.feedback_card': PFuguDualLinkFeedbackCard;
  'p_fugu_dual_link.feedback_delivery': PFuguDualLinkFeedbackDelivery;
  'p_fugu_dual_link.file_entry': PFuguDualLinkFileEntry;
  'p_fugu_dual_link.flow_record': PFuguDualLinkFlowRecord;
  'p_fugu_dual_link.inspection_group': PFuguDualLinkInspectionGroup;
  'p_fugu_dual_link.inspection_record': PFuguDualLinkInspectionRecord;
  'p_fugu_dual_link.joint_meeting': PFuguDualLinkJointMeeting;
  'p_fugu_dual_link.joint_meeting_unit': PFuguDualLinkJointMeetingUnit;
  'p_fugu_dual_link.member_photo': PFuguDualLinkMemberPhoto;
  'p_fugu_dual_link.notice': PFuguDualLinkNotice;
  'p_fugu_dual_link.org_life_record': PFuguDualLinkOrgLifeRecord;
  'p_fugu_dual_link.participation': PFuguDualLinkParticipation;
  'p_fugu_dual_link.party_group': PFuguDualLinkPartyGroup;
  'p_fugu_dual_link.post': PFuguDualLinkPost;
  'p_fugu_dual_link.post_assignment': PFuguDualLinkPostAssignment;
  'p_fugu_dual_link.post_change_request': PFuguDualLinkPostChangeRequest;
  'p_fugu_dual_link.practical_thing': PFuguDualLinkPracticalThing;
  'p_fugu_dual_link.registration': PFuguDualLinkRegistration;
  'p_fugu_dual_link.report_visit': PFuguDualLinkReportVisit;
  'p_fugu_dual_link.service_centre': PFuguDualLinkServiceCentre;
  'p_fugu_dual_link.service_centre_community': PFuguDualLinkServiceCentreCommunity;
}
