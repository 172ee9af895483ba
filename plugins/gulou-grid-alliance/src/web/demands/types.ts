/** A resident demand as `/demands` and `/demands/:id` answer (events only on the one). */
export interface Demand {
  id: number;
  gridOrgId: number;
  gridName: string;
  communityName: string | null;
  ledger: string;
  status: string;
  category: string;
  source: string;
  residentName: string;
  residentPhone: string | null;
  address: string | null;
  content: string;
  deadline: string | null;
  overdue: boolean;
  daysOverdue: number;
  closedOnTime: boolean | null;
  assigneeUnitName: string | null;
  assigneeDepartment: string | null;
  agentName: string | null;
  studioName: string | null;
  receivedAt: string;
  closedAt: string | null;
  reply: string | null;
  satisfaction: string | null;
  reopenCount: number;
  events?: {
    id: number;
    at: string;
    action: string;
    toStatus: string | null;
    note: string | null;
    actor: string | null;
  }[];
}

export type ActionKind = 'assign' | 'start' | 'note' | 'escalate' | 'close' | 'reopen' | 'classify';

/** A row of the daily and weekly summaries: one org's counts. */
export interface SummaryRow {
  orgId: number;
  name: string;
  grids: number;
  received: number;
  closed: number;
  open: number;
  overdue: number;
  due: number;
  onTime: number;
  onTimeRate: number | null;
  averageCloseDays: number | null;
}
