import { addDays, daysBetween, invalid, maskPhone, mondayOf, refuse, roundTo, say } from '@jiceng/plugin-kit';
import type { DemandStatus, Ledger } from '../../shared/terms';

/**
 * Rules of a resident demand's life (诉求台账): recorded → assigned → in progress → closed (销号), reopened with a
 * reason. Pure: each takes the row as read and says what changes, or refuses; the service applies it.
 */

export type DemandRow = Record<string, any>;

/** The columns a step changes. */
export type DemandChange = Record<string, unknown>;

/** Whether an item is past its deadline and still open, as of `day`. */
export const isOverdue = (d: { deadline: string | null; status: string }, day: string) =>
  d.deadline != null && d.status !== 'closed' && d.deadline < day;

/** A demand as the API answers it; the resident's phone is masked unless `reveal`. */
export function demandView(d: DemandRow, day: string, reveal = false) {
  const overdue = isOverdue({ deadline: d.deadline, status: d.status }, day);
  return {
    id: d.id,
    gridOrgId: d.grid_org_id,
    gridName: d.grid_name,
    communityName: d.community_name ?? null,
    ledger: d.ledger as Ledger,
    status: d.status as DemandStatus,
    category: d.category,
    source: d.source,
    residentName: d.resident_name,
    residentPhone: reveal ? d.resident_phone : maskPhone(d.resident_phone),
    address: d.address,
    content: d.content,
    deadline: d.deadline,
    overdue,
    daysOverdue: overdue ? daysBetween(d.deadline, day) : 0,
    closedOnTime: d.deadline && d.closed_on ? d.closed_on <= d.deadline : null,
    assigneeUnitId: d.assignee_unit_id,
    assigneeUnitName: d.assignee_unit_name ?? null,
    assigneeDepartment: d.assignee_department,
    agentMemberId: d.agent_member_id,
    agentName: d.agent_name,
    studioId: d.studio_id,
    studioName: d.studio_name ?? null,
    escalatedAt: d.escalated_at,
    receivedAt: d.received_at,
    receivedOn: d.received_on,
    assignedAt: d.assigned_at,
    closedAt: d.closed_at,
    closedOn: d.closed_on,
    reply: d.reply,
    satisfaction: d.satisfaction,
    reopenCount: d.reopen_count,
  };
}

/** What the audit log keeps of a demand before and after a step. */
export const auditView = (d: DemandRow) => ({
  status: d.status,
  ledger: d.ledger,
  deadline: d.deadline,
  assigneeUnitId: d.assignee_unit_id,
  assigneeDepartment: d.assignee_department,
  agentMemberId: d.agent_member_id,
  agentName: d.agent_name,
  studioId: d.studio_id,
  reply: d.reply,
  reopenCount: d.reopen_count,
});

const deadlineBeforeReceived = () =>
  invalid(say('截止日期早于登记日期', 'deadline before the day received'), 'deadline');
const deadlineSet = () => refuse(say('截止日期已确定，不能更改', 'the deadline is already set'), 'deadline');
const needsDeadline = () =>
  invalid(say('限时件需要截止日期', 'a time-limited item needs a deadline'), 'deadline');

/**
 * A new demand is received now or earlier (a minute of clock skew allowed); a 限时件 needs a deadline, and no
 * deadline lies before the day received.
 */
export function checkRecorded(
  b: { ledger: string; deadline: string | null },
  receivedAt: Date,
  receivedOn: string,
  now: Date,
) {
  if (receivedAt.getTime() > now.getTime() + 60_000)
    throw invalid(say('登记时间不能晚于现在', 'cannot lie in the future'), 'receivedAt');
  if (b.ledger === 'time_limited' && !b.deadline) throw needsDeadline();
  if (b.deadline && b.deadline < receivedOn) throw deadlineBeforeReceived();
}

/** Nothing is done on a closed (销号) item until it is reopened. */
export function ensureOpen(d: DemandRow) {
  if (d.status === 'closed')
    throw refuse(say('已销号，不能再办理；如需重办请先重新打开', 'already closed; reopen it first'));
}

/** Moves an open item to another ledger; a deadline once set stays. */
export function planClassify(
  d: DemandRow,
  b: { ledger: string; deadline: string | null; note?: string | null },
) {
  ensureOpen(d);
  if (d.ledger === b.ledger) throw invalid(say('已在该台账', 'already in this ledger'), 'ledger');
  const deadline = b.deadline ?? d.deadline;
  if (b.ledger === 'time_limited' && !deadline) throw needsDeadline();
  if (b.deadline && d.deadline && b.deadline !== d.deadline) throw deadlineSet();
  if (deadline && deadline < d.received_on) throw deadlineBeforeReceived();
  return { set: { ledger: b.ledger, deadline }, note: b.note ?? `${d.ledger} → ${b.ledger}` };
}

export interface AssignBody {
  unitId: number | null;
  department: string | null;
  agentMemberId: number | null;
  agentName: string | null;
  deadline: string | null;
  note?: string | null;
}

/**
 * Who an item may be assigned to: a 代办件 (proxy) to an agent, the others to a department or unit; an 即办件
 * (immediate) is handled on the spot. Answers whether the agent is wanted (rather than a unit).
 */
export function assignTarget(d: DemandRow, b: AssignBody): 'agent' | 'unit' {
  ensureOpen(d);
  if (d.ledger === 'immediate')
    throw refuse(say('即办件当场办结，无需交办', 'handled at once, not assigned'), 'ledger');
  if (d.ledger === 'proxy') {
    if (!b.agentMemberId && !b.agentName)
      throw invalid(say('代办件需要代办人', 'a proxy item needs an agent'), 'agentName');
    return 'agent';
  }
  if (!b.unitId && !b.department)
    throw invalid(say('请指定承办部门或单位', 'name the department or unit'), 'unitId');
  return 'unit';
}

/** The assignment's change: the assignee, the moment, and a deadline if none was set (a set one stays). */
export function planAssign(d: DemandRow, b: AssignBody, now: Date, agentName: string | null) {
  const set: DemandChange = { status: 'assigned', assigned_at: now };
  if (d.ledger === 'proxy') Object.assign(set, { agent_member_id: b.agentMemberId, agent_name: agentName });
  else Object.assign(set, { assignee_unit_id: b.unitId, assignee_department: b.department });
  if (b.deadline) {
    if (d.deadline && d.deadline !== b.deadline) throw deadlineSet();
    if (b.deadline < d.received_on) throw deadlineBeforeReceived();
    set.deadline = b.deadline;
  }
  const to =
    (set.agent_name as string | null | undefined) ?? (b.department || (b.unitId ? `unit ${b.unitId}` : ''));
  return { set, note: b.note ?? to };
}

/** A 承办件 is handled once assigned, a 代办件 once it has an agent. */
function checkHandler(d: DemandRow, closing: boolean) {
  if (d.ledger === 'undertaken' && !d.assignee_unit_id && !d.assignee_department)
    throw refuse(
      closing
        ? say('承办件须先交办再销号', 'assign an undertaken item before closing')
        : say('承办件须先交办', 'assign an undertaken item first'),
    );
  if (d.ledger === 'proxy' && !d.agent_name)
    throw refuse(
      closing
        ? say('代办件须先指定代办人', 'name the agent before closing')
        : say('代办件须先指定代办人', 'name the agent first'),
    );
}

export function planStart(d: DemandRow, note?: string | null) {
  ensureOpen(d);
  if (d.status === 'in_progress') throw refuse(say('已在办理中', 'already in progress'));
  checkHandler(d, false);
  return { set: { status: 'in_progress' }, note };
}

export function planNote(d: DemandRow, note: string) {
  ensureOpen(d);
  return { set: {}, note };
}

/** Escalation to a party-representative studio happens once. */
export function checkEscalatable(d: DemandRow) {
  ensureOpen(d);
  if (d.studio_id) throw refuse(say('已提交党代表工作室', 'already escalated'));
}

/** 销号: closes once, with the reply to the resident, when the item has its handler. */
export function planClose(
  d: DemandRow,
  b: { reply: string; satisfaction: string | null },
  now: Date,
  day: string,
) {
  if (d.status === 'closed') throw refuse(say('已销号，不能重复销号', 'already closed'));
  checkHandler(d, true);
  return {
    set: { status: 'closed', closed_at: now, closed_on: day, reply: b.reply, satisfaction: b.satisfaction },
    note: b.reply,
  };
}

/** Reopens a closed item: the closing is undone and the round counted (a new round may be assigned again). */
export function planReopen(d: DemandRow, reason: string) {
  if (d.status !== 'closed') throw refuse(say('未销号，无需重新打开', 'not closed'));
  return {
    set: {
      status: 'in_progress',
      closed_at: null,
      closed_on: null,
      reply: null,
      satisfaction: null,
      reopen_count: Number(d.reopen_count) + 1,
    },
    note: reason,
  };
}

/** The levels a summary rolls grids up to. */
export const LEVELS = ['grid', 'community', 'street'] as const;
export type Level = (typeof LEVELS)[number];

/** A grid's demand counts over a period (see the summary's query for what each counts). */
export interface GridCounts {
  received: number;
  closed: number;
  open: number;
  overdue: number;
  due: number;
  onTime: number;
  closeSeconds: number;
}
const zero = (): GridCounts => ({
  received: 0,
  closed: 0,
  open: 0,
  overdue: 0,
  due: 0,
  onTime: 0,
  closeSeconds: 0,
});

/** A grid branch with the community and street above it. */
export interface GridPlace {
  id: number;
  name: string;
  community_id: number | null;
  community_name: string | null;
  street_id: number | null;
  street_name: string | null;
}

/** The week (Mon–Sun) holding `date`, and the day its open items are counted at: its Sunday, or today if sooner. */
export function weekOf(date: string, today: string) {
  const from = mondayOf(date);
  const to = addDays(from, 6);
  return { from, to, snapshot: to < today ? to : today };
}

/** Sums grid counts into rows at the asked level (grid, its community, or its street). */
export function rollUp(grids: GridPlace[], counts: Map<number, GridCounts>, level: Level) {
  const rows = new Map<number, { orgId: number; name: string; grids: number } & GridCounts>();
  for (const g of grids) {
    const key = level === 'grid' ? g.id : level === 'community' ? g.community_id : g.street_id;
    const name =
      level === 'grid'
        ? `${g.community_name ?? ''} ${g.name}`.trim()
        : level === 'community'
          ? g.community_name
          : g.street_name;
    if (key == null) continue;
    const row = rows.get(key) ?? { orgId: key, name: name ?? String(key), grids: 0, ...zero() };
    row.grids++;
    const x = counts.get(g.id);
    if (x) for (const k of Object.keys(x) as (keyof GridCounts)[]) row[k] += x[k];
    rows.set(key, row);
  }
  return [...rows.values()].map(({ closeSeconds, ...r }) => ({
    ...r,
    onTimeRate: r.due ? r.onTime / r.due : null,
    averageCloseDays: r.closed ? roundTo(closeSeconds / 86_400 / r.closed, 1) : null,
  }));
}

export function summaryTotals(rows: ReturnType<typeof rollUp>) {
  const t = { grids: 0, received: 0, closed: 0, open: 0, overdue: 0, due: 0, onTime: 0 };
  for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += r[k];
  return { ...t, onTimeRate: t.due ? t.onTime / t.due : null };
}
