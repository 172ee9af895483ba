import { describe, expect, it } from 'vitest';
import { failure } from '../refusal.testing';
import {
  assignTarget,
  checkEscalatable,
  checkRecorded,
  type DemandRow,
  demandView,
  ensureOpen,
  isOverdue,
  planAssign,
  planClassify,
  planClose,
  planNote,
  planReopen,
  planStart,
  rollUp,
  summaryTotals,
  weekOf,
} from './rules';

const demand = (over: DemandRow = {}): DemandRow => ({
  id: 7,
  status: 'received',
  ledger: 'undertaken',
  deadline: null,
  received_on: '2026-06-10',
  assignee_unit_id: null,
  assignee_department: null,
  agent_member_id: null,
  agent_name: null,
  studio_id: null,
  reopen_count: 0,
  resident_phone: '13812345678',
  ...over,
});
const noAssignee = { unitId: null, department: null, agentMemberId: null, agentName: null, deadline: null };
const now = new Date('2026-06-15T02:00:00Z');

describe('demand rules', () => {
  it('counts an open item past its deadline as overdue, by whole days', () => {
    expect(isOverdue({ deadline: '2026-06-14', status: 'assigned' }, '2026-06-15')).toBe(true);
    expect(isOverdue({ deadline: '2026-06-15', status: 'assigned' }, '2026-06-15')).toBe(false);
    expect(isOverdue({ deadline: '2026-06-01', status: 'closed' }, '2026-06-15')).toBe(false);
    expect(isOverdue({ deadline: null, status: 'received' }, '2026-06-15')).toBe(false);
    const late = demandView(demand({ deadline: '2026-06-12' }), '2026-06-15');
    expect(late).toMatchObject({
      overdue: true,
      daysOverdue: 3,
      closedOnTime: null,
      residentPhone: '138****5678',
    });
    expect(demandView(demand(), '2026-06-15', true).residentPhone).toBe('13812345678');
    const closed = demand({ status: 'closed', deadline: '2026-06-12', closed_on: '2026-06-12' });
    expect(demandView(closed, '2026-06-15')).toMatchObject({
      overdue: false,
      daysOverdue: 0,
      closedOnTime: true,
    });
    expect(demandView({ ...closed, closed_on: '2026-06-13' }, '2026-06-15').closedOnTime).toBe(false);
  });

  it('records a demand received by now, with a deadline for a 限时件 and not before the day received', () => {
    const at = new Date('2026-06-15T02:01:00Z');
    expect(
      failure(() => checkRecorded({ ledger: 'undertaken', deadline: null }, at, '2026-06-15', now)),
    ).toBeUndefined();
    expect(
      failure(() =>
        checkRecorded(
          { ledger: 'undertaken', deadline: null },
          new Date('2026-06-15T02:01:01Z'),
          '2026-06-15',
          now,
        ),
      ),
    ).toEqual({ status: 400, field: 'receivedAt' });
    expect(
      failure(() => checkRecorded({ ledger: 'time_limited', deadline: null }, now, '2026-06-15', now)),
    ).toEqual({
      status: 400,
      field: 'deadline',
    });
    expect(
      failure(() =>
        checkRecorded({ ledger: 'time_limited', deadline: '2026-06-14' }, now, '2026-06-15', now),
      ),
    ).toEqual({ status: 400, field: 'deadline' });
  });

  it('does nothing on a closed item until it is reopened', () => {
    const closed = demand({ status: 'closed' });
    expect(failure(() => ensureOpen(closed))?.status).toBe(409);
    expect(failure(() => planNote(closed, '进展'))?.status).toBe(409);
    expect(failure(() => checkEscalatable(closed))?.status).toBe(409);
    expect(failure(() => checkEscalatable(demand({ studio_id: 3 })))?.status).toBe(409);
    expect(planNote(demand(), '进展')).toEqual({ set: {}, note: '进展' });
  });

  it('moves an item between ledgers, keeping a deadline once set', () => {
    expect(planClassify(demand(), { ledger: 'time_limited', deadline: '2026-06-20' })).toEqual({
      set: { ledger: 'time_limited', deadline: '2026-06-20' },
      note: 'undertaken → time_limited',
    });
    expect(failure(() => planClassify(demand(), { ledger: 'undertaken', deadline: null }))).toEqual({
      status: 400,
      field: 'ledger',
    });
    expect(failure(() => planClassify(demand(), { ledger: 'time_limited', deadline: null }))?.field).toBe(
      'deadline',
    );
    const dated = demand({ deadline: '2026-06-20' });
    expect(planClassify(dated, { ledger: 'time_limited', deadline: null }).set.deadline).toBe('2026-06-20');
    expect(failure(() => planClassify(dated, { ledger: 'time_limited', deadline: '2026-06-21' }))).toEqual({
      status: 409,
      field: 'deadline',
    });
    expect(failure(() => planClassify(demand(), { ledger: 'time_limited', deadline: '2026-06-09' }))).toEqual(
      {
        status: 400,
        field: 'deadline',
      },
    );
  });

  it('assigns a 代办件 to an agent and the others to a department or unit, never an 即办件', () => {
    expect(failure(() => assignTarget(demand({ ledger: 'immediate' }), noAssignee))).toEqual({
      status: 409,
      field: 'ledger',
    });
    expect(failure(() => assignTarget(demand({ ledger: 'proxy' }), noAssignee))).toEqual({
      status: 400,
      field: 'agentName',
    });
    expect(failure(() => assignTarget(demand(), noAssignee))).toEqual({ status: 400, field: 'unitId' });
    expect(assignTarget(demand({ ledger: 'proxy' }), { ...noAssignee, agentMemberId: 4 })).toBe('agent');
    expect(assignTarget(demand(), { ...noAssignee, department: '区城管局' })).toBe('unit');

    const toUnit = planAssign(demand(), { ...noAssignee, unitId: 5, deadline: '2026-06-20' }, now, null);
    expect(toUnit).toEqual({
      set: {
        status: 'assigned',
        assigned_at: now,
        assignee_unit_id: 5,
        assignee_department: null,
        deadline: '2026-06-20',
      },
      note: 'unit 5',
    });
    const toAgent = planAssign(
      demand({ ledger: 'proxy' }),
      { ...noAssignee, agentMemberId: 4 },
      now,
      '王代办',
    );
    expect(toAgent).toEqual({
      set: { status: 'assigned', assigned_at: now, agent_member_id: 4, agent_name: '王代办' },
      note: '王代办',
    });
    expect(
      planAssign(demand(), { ...noAssignee, department: '区城管局', note: '请三日内答复' }, now, null).note,
    ).toBe('请三日内答复');
    expect(
      failure(() =>
        planAssign(
          demand({ deadline: '2026-06-20' }),
          { ...noAssignee, unitId: 5, deadline: '2026-06-25' },
          now,
          null,
        ),
      ),
    ).toEqual({ status: 409, field: 'deadline' });
    expect(
      failure(() => planAssign(demand(), { ...noAssignee, unitId: 5, deadline: '2026-06-01' }, now, null)),
    ).toEqual({ status: 400, field: 'deadline' });
  });

  it('starts and closes (销号) an item only once it has its handler, closes once and reopens with a new round', () => {
    expect(failure(() => planStart(demand()))?.status).toBe(409);
    expect(failure(() => planStart(demand({ ledger: 'proxy' })))?.status).toBe(409);
    expect(
      failure(() => planStart(demand({ status: 'in_progress', assignee_department: '区城管局' })))?.status,
    ).toBe(409);
    expect(planStart(demand({ assignee_unit_id: 5 }), '上门').set).toEqual({ status: 'in_progress' });
    expect(planStart(demand({ ledger: 'immediate' })).set).toEqual({ status: 'in_progress' });

    const reply = { reply: '已修复路灯', satisfaction: 'satisfied' };
    expect(failure(() => planClose(demand(), reply, now, '2026-06-15'))?.status).toBe(409);
    expect(failure(() => planClose(demand({ ledger: 'proxy' }), reply, now, '2026-06-15'))?.status).toBe(409);
    expect(
      failure(() => planClose(demand({ status: 'closed', ledger: 'immediate' }), reply, now, '2026-06-15'))
        ?.status,
    ).toBe(409);
    expect(planClose(demand({ ledger: 'immediate' }), reply, now, '2026-06-15')).toEqual({
      set: {
        status: 'closed',
        closed_at: now,
        closed_on: '2026-06-15',
        reply: '已修复路灯',
        satisfaction: 'satisfied',
      },
      note: '已修复路灯',
    });

    expect(failure(() => planReopen(demand(), '居民不满意'))?.status).toBe(409);
    expect(planReopen(demand({ status: 'closed', reopen_count: 1 }), '居民不满意')).toEqual({
      set: {
        status: 'in_progress',
        closed_at: null,
        closed_on: null,
        reply: null,
        satisfaction: null,
        reopen_count: 2,
      },
      note: '居民不满意',
    });
  });

  it('rolls grid counts up to communities and streets, with rates and average days to close', () => {
    const grids = [
      {
        id: 1,
        name: '第1网格',
        community_id: 10,
        community_name: '一社区',
        street_id: 100,
        street_name: '华侨路街道',
      },
      {
        id: 2,
        name: '第2网格',
        community_id: 10,
        community_name: '一社区',
        street_id: 100,
        street_name: '华侨路街道',
      },
      {
        id: 3,
        name: '第1网格',
        community_id: 11,
        community_name: '二社区',
        street_id: 100,
        street_name: '华侨路街道',
      },
    ];
    const counts = new Map([
      [1, { received: 3, closed: 2, open: 1, overdue: 1, due: 2, onTime: 1, closeSeconds: 2 * 86_400 }],
      [2, { received: 1, closed: 1, open: 0, overdue: 0, due: 0, onTime: 0, closeSeconds: 0.5 * 86_400 }],
    ]);
    const communities = rollUp(grids, counts, 'community');
    expect(communities).toEqual([
      {
        orgId: 10,
        name: '一社区',
        grids: 2,
        received: 4,
        closed: 3,
        open: 1,
        overdue: 1,
        due: 2,
        onTime: 1,
        onTimeRate: 0.5,
        averageCloseDays: 0.8, // 2.5 days over 3 closed
      },
      {
        orgId: 11,
        name: '二社区',
        grids: 1,
        received: 0,
        closed: 0,
        open: 0,
        overdue: 0,
        due: 0,
        onTime: 0,
        onTimeRate: null,
        averageCloseDays: null,
      },
    ]);
    expect(rollUp(grids, counts, 'grid').map((r) => r.name)).toEqual([
      '一社区 第1网格',
      '一社区 第2网格',
      '二社区 第1网格',
    ]);
    expect(rollUp(grids, counts, 'street')).toMatchObject([{ orgId: 100, grids: 3, received: 4 }]);
    expect(summaryTotals(communities)).toEqual({
      grids: 3,
      received: 4,
      closed: 3,
      open: 1,
      overdue: 1,
      due: 2,
      onTime: 1,
      onTimeRate: 0.5,
    });
  });

  it('summarises a week Monday to Sunday, counting open items at its end or today if sooner', () => {
    // 2026-06-17 is a Wednesday.
    expect(weekOf('2026-06-17', '2026-06-17')).toEqual({
      from: '2026-06-15',
      to: '2026-06-21',
      snapshot: '2026-06-17',
    });
    expect(weekOf('2026-06-07', '2026-06-17')).toEqual({
      from: '2026-06-01',
      to: '2026-06-07',
      snapshot: '2026-06-07',
    });
  });
});
