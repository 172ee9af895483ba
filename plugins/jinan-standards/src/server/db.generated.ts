// Generated from information_schema of a migrated database (schema p_jinan_standards): do not edit.
// Regenerate with the test that checks it and vitest -u (see schemaTypesText in @jiceng/core/testing).
import type { ColumnType } from 'kysely';

type Generated<T> = T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PJinanStandardsAssessment {
  city_id: number;
  id: Generated<number>;
  campaign_id: number;
  template_version_id: number;
  community_place_id: number;
  community_org_id: number;
  community_type: string;
  state: Generated<string>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  returned_reason: string | null;
  locked_at: Timestamp | null;
  locked_by: number | null;
  review_comment: string | null;
  created_at: Generated<Timestamp>;
}

export interface PJinanStandardsCampaign {
  city_id: number;
  id: Generated<number>;
  name: string;
  period_from: string;
  period_to: string;
  template_version_id: number;
  created_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PJinanStandardsEvidence {
  city_id: number;
  id: Generated<number>;
  result_id: number;
  filename: string;
  mime_type: string;
  size_bytes: number;
  content: Uint8Array;
  evidence_date: string;
  note: string | null;
  placeholder: Generated<boolean>;
  uploaded_by: number | null;
  uploaded_at: Generated<Timestamp>;
}

export interface PJinanStandardsRectification {
  city_id: number;
  id: Generated<number>;
  result_id: number;
  assessment_id: number;
  community_org_id: number;
  problem: string;
  measures: string | null;
  owner_name: string | null;
  due_date: string;
  status: Generated<string>;
  closed_on: string | null;
  closing_note: string | null;
  closed_by: number | null;
  created_at: Generated<Timestamp>;
}

export interface PJinanStandardsResult {
  city_id: number;
  id: Generated<number>;
  assessment_id: number;
  standard_id: number;
  template_version_id: number;
  weight: number;
  self_result: string | null;
  self_score: number | null;
  self_note: string | null;
  self_by: number | null;
  self_at: Timestamp | null;
  review_result: string | null;
  review_score: number | null;
  review_note: string | null;
  review_by: number | null;
  review_at: Timestamp | null;
}

export interface PJinanStandardsStandard {
  city_id: number;
  id: Generated<number>;
  template_version_id: number;
  code: string;
  area: string;
  seq: number;
  title: string;
  title_en: string | null;
  description: Generated<string>;
  source: string;
  max_score: number;
  pass_score: number;
  scoring_rule: string;
  scoring_note: Generated<string>;
}

export interface PJinanStandardsStandardType {
  city_id: number;
  standard_id: number;
  community_type: string;
  weight: number;
}

export interface PJinanStandardsTemplateVersion {
  city_id: number;
  id: Generated<number>;
  version: number | null;
  name: string;
  status: string;
  based_on_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Timestamp>;
  published_by: number | null;
  published_at: Timestamp | null;
}

export interface PJinanStandardsTables {
  'p_jinan_standards.assessment': PJinanStandardsAssessment;
  'p_jinan_standards.campaign': PJinanStandardsCampaign;
  'p_jinan_standards.evidence': PJinanStandardsEvidence;
  'p_jinan_standards.rectification': PJinanStandardsRectification;
  'p_jinan_standards.result': PJinanStandardsResult;
  'p_jinan_standards.standard': PJinanStandardsStandard;
  'p_jinan_standards.standard_type': PJinanStandardsStandardType;
  'p_jinan_standards.template_version': PJinanStandardsTemplateVersion;
}
