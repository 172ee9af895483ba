import { z } from 'zod';
import { DEMAND_STATUSES, LEDGERS } from '../../shared/terms';
import { demandSchema } from '../demands/schemas';
import { count, day, id, rate, str, strOrNull } from '../schemas';

/** An indicator's value (core's IndicatorValue): a number in its unit, or not applicable with the reason. */
const indicatorValue = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    value: z.number(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
  }),
  z.object({ status: z.literal('not_applicable'), reason: z.string().optional() }),
]);

export const dashboardSchema = z.looseObject({
  period: z.object({ from: day, to: day }),
  asOf: day,
  org: z
    .looseObject({ id, name: str })
    .nullable()
    .meta({ description: 'the subtree rolled up; null: the city' }),
  ledgers: z.array(
    z
      .looseObject({ ledger: z.enum(LEDGERS), ...Object.fromEntries(DEMAND_STATUSES.map((s) => [s, count])) })
      .meta({ description: 'counts by demand status' }),
  ),
  overdue: z.looseObject({ total: count, items: z.array(demandSchema) }),
  heat: z.array(
    z.looseObject({
      orgId: id,
      name: str,
      communityName: strOrNull,
      streetName: strOrNull,
      households: z.number().nullable(),
      received: count,
      closed: count,
      open: count,
      overdue: count,
      closedRate: rate,
    }),
  ),
  volunteer: z.looseObject({
    hoursByMonth: z.array(z.looseObject({ month: str, hours: z.number(), entries: count })),
    confirmedHours: z.number(),
    inServiceMembers: count,
    pendingEntries: count,
    stars: z.array(z.looseObject({ stars: count, members: count })),
  }),
  indicators: z.array(
    z.looseObject({
      id: str,
      names: z.object({ 'zh-CN': str, en: str }),
      unit: z.enum(['ratio', 'count', 'hours', 'score', 'days', 'per_member']),
      direction: z.enum(['higher_is_better', 'lower_is_better']),
      value: indicatorValue,
    }),
  ),
});
