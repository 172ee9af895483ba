import type { CoreDatabase, SchemaAgrees, SchemaMismatches } from '@jiceng/plugin-kit';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type {
  AreaCode,
  CommunityType,
  ResultCode,
  ScoringRule,
  SourceCode,
  StateCode,
} from '../shared/model';
import type { PJinanStandardsTables } from './db.generated';

// The tables of p_jinan_standards (migrations/), refined where the migration's checks allow only some values.
// db.generated.ts is what the migrated database says (kept true by the contract suite's tablesFile check); the
// check at the bottom fails to compile while the two differ.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampOrNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface TemplateVersionTable {
  city_id: number;
  id: Generated<number>;
  version: number | null;
  name: string;
  status: 'draft' | 'published';
  based_on_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  published_by: number | null;
  published_at: TimestampOrNull;
}

export interface StandardTable {
  city_id: number;
  id: Generated<number>;
  template_version_id: number;
  code: string;
  area: AreaCode;
  seq: number;
  title: string;
  title_en: string | null;
  description: Defaulted<string>;
  source: SourceCode;
  max_score: number;
  pass_score: number;
  scoring_rule: ScoringRule;
  scoring_note: Defaulted<string>;
}

export interface StandardTypeTable {
  city_id: number;
  standard_id: number;
  community_type: CommunityType;
  weight: number;
}

export interface CampaignTable {
  city_id: number;
  id: Generated<number>;
  name: string;
  period_from: string;
  period_to: string;
  template_version_id: number;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AssessmentTable {
  city_id: number;
  id: Generated<number>;
  campaign_id: number;
  template_version_id: number;
  community_place_id: number;
  community_org_id: number;
  community_type: CommunityType;
  state: Defaulted<StateCode>;
  submitted_at: TimestampOrNull;
  submitted_by: number | null;
  returned_reason: string | null;
  locked_at: TimestampOrNull;
  locked_by: number | null;
  review_comment: string | null;
  created_at: Timestamp;
}

export interface ResultTable {
  city_id: number;
  id: Generated<number>;
  assessment_id: number;
  standard_id: number;
  template_version_id: number;
  weight: number;
  self_result: ResultCode | null;
  self_score: number | null;
  self_note: string | null;
  self_by: number | null;
  self_at: TimestampOrNull;
  review_result: ResultCode | null;
  review_score: number | null;
  review_note: string | null;
  review_by: number | null;
  review_at: TimestampOrNull;
}

export interface EvidenceTable {
  city_id: number;
  id: Generated<number>;
  result_id: number;
  filename: string;
  mime_type: string;
  size_bytes: number;
  content: Uint8Array;
  evidence_date: string;
  note: string | null;
  placeholder: Defaulted<boolean>;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface RectificationTable {
  city_id: number;
  id: Generated<number>;
  result_id: number;
  assessment_id: number;
  community_org_id: number;
  problem: string;
  measures: string | null;
  owner_name: string | null;
  due_date: string;
  status: Defaulted<'open' | 'closed'>;
  closed_on: string | null;
  closing_note: string | null;
  closed_by: number | null;
  created_at: Timestamp;
}

export interface JinanTables {
  'p_jinan_standards.template_version': TemplateVersionTable;
  'p_jinan_standards.standard': StandardTable;
  'p_jinan_standards.standard_type': StandardTypeTable;
  'p_jinan_standards.campaign': CampaignTable;
  'p_jinan_standards.assessment': AssessmentTable;
  'p_jinan_standards.result': ResultTable;
  'p_jinan_standards.evidence': EvidenceTable;
  'p_jinan_standards.rectification': RectificationTable;
}

/** Core's tables and Jinan's: what `ctx.db` is. */
export type JinanDb = Kysely<CoreDatabase & JinanTables>;

export type JinanTablesMatchMigrations = SchemaAgrees<SchemaMismatches<JinanTables, PJinanStandardsTables>>;
