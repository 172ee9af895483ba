import type { ResultCode, StateCode } from '../shared/model';

/** What GET /assessments/:id answers (server/schemas.ts `assessmentDetailSchema`), as the detail page reads it. */

export interface Judged {
  result: ResultCode | null;
  score: number | null;
  note: string | null;
  at?: string | null;
  by?: string | null;
}

export interface EvidenceFile {
  id: number;
  filename: string;
  evidenceDate: string;
  placeholder: boolean;
}

export interface DetailItem {
  standardId: number;
  code: string;
  area: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  source: string;
  maxScore: number;
  passScore: number;
  scoringRule: 'graded' | 'all_or_nothing';
  scoringNote: string | null;
  weight: number;
  self: Judged;
  review: Judged | null;
  effective: { result: ResultCode | null; score: number | null };
  evidence: EvidenceFile[];
  rectification: { id: number; status: 'open' | 'closed'; dueDate: string } | null;
}

export interface AssessmentData {
  id: number;
  state: StateCode;
  communityType: string;
  community: { name: string; streetName: string | null; orgName: string };
  campaign: {
    name: string;
    periodFrom: string;
    periodTo: string;
    templateName: string;
    templateLabel: string;
  };
  returnedReason: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
  reviewComment: string | null;
  permissions: { canEdit: boolean; canSubmit: boolean; canReview: boolean };
  threshold: number;
  summary: {
    score: number | null;
    assessed: number;
    applicable: number;
    met: number;
    partly: number;
    notMet: number;
  };
  areas: Record<string, number | null>;
  previous: { campaignName: string; score: number | null; areas: Record<string, number | null> } | null;
  items: DetailItem[];
  notApplicableByType: { code: string }[];
}

/** The fields of an audit entry's before and after that the history tab words (the writes in server/assessments). */
export interface Change {
  code?: string;
  result?: string | null;
  score?: number | null;
  note?: string | null;
  filename?: string;
  problem?: string;
  status?: string;
  state?: string;
  reason?: string;
  comment?: string | null;
}

/** One entry of GET /assessments/:id/history; before and after are the audit log's JSON. */
export interface HistoryEntry {
  id: number;
  action: string;
  entity: string;
  actor: string | null;
  at: string;
  before: Change | null;
  after: Change | null;
}
