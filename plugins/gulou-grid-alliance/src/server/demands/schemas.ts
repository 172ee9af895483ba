import { z } from 'zod';
import {
  DEMAND_CATEGORIES,
  DEMAND_SOURCES,
  DEMAND_STATUSES,
  LEDGERS,
  SATISFACTION,
} from '../../shared/terms';
import { count, day, id, idOrNull, moment, rate, str, strOrNull } from '../schemas';

const ledger = z.enum(LEDGERS);
export const demandSchema = z.looseObject({
  id,
  gridOrgId: id,
  gridName: str,
  communityName: strOrNull,
  ledger,
  status: z.enum(DEMAND_STATUSES),
  category: z.enum(DEMAND_CATEGORIES),
  source: z.enum(DEMAND_SOURCES),
  residentName: str,
  residentPhone: strOrNull.meta({ description: 'masked in lists; whole in the detail and after a change' }),
  address: strOrNull,
  content: str,
  deadline: day.nullable(),
  overdue: z.boolean(),
  daysOverdue: count,
  closedOnTime: z.boolean().nullable(),
  assigneeUnitId: idOrNull,
  assigneeUnitName: strOrNull,
  assigneeDepartment: strOrNull,
  agentMemberId: idOrNull,
  agentName: strOrNull,
  studioId: idOrNull,
  studioName: strOrNull,
  escalatedAt: moment.nullable(),
  receivedAt: moment,
  receivedOn: day,
  assignedAt: moment.nullable(),
  closedAt: moment.nullable(),
  closedOn: day.nullable(),
  reply: strOrNull,
  satisfaction: z.enum(SATISFACTION).nullable(),
  reopenCount: count,
});
export const demandDetailSchema = demandSchema.extend({
  events: z.array(
    z.looseObject({
      id,
      at: moment,
      action: str,
      fromStatus: strOrNull,
      toStatus: strOrNull,
      note: strOrNull,
      actor: strOrNull,
    }),
  ),
});
export const overdueSchema = z.looseObject({ asOf: day, total: count, items: z.array(demandSchema) });

const counts = {
  grids: count,
  received: count,
  closed: count,
  open: count,
  overdue: count,
  due: count,
  onTime: count,
  onTimeRate: rate,
};
const row = z.looseObject({ orgId: id, name: str, ...counts, averageCloseDays: z.number().nullable() });
const breakdown = {
  byLedger: z.array(z.looseObject({ ledger, received: count, closed: count })),
  byCategory: z.array(z.looseObject({ category: str, received: count })),
};
const level = z.enum(['grid', 'community', 'street']);
export const dailySchema = z.looseObject({
  date: day,
  level,
  rows: z.array(row),
  totals: z.looseObject(counts),
  ...breakdown,
});
export const weeklySchema = z.looseObject({
  from: day,
  to: day,
  level,
  rows: z.array(row),
  totals: z.looseObject(counts),
  previous: z.looseObject({ from: day, to: day, received: count, closed: count }),
  ...breakdown,
  perDay: z.array(z.looseObject({ date: day, received: count })),
  attention: z.array(row),
});
