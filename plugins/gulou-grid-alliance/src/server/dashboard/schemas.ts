import { z } from 'zod';
import { LEDGERS } from '../../shared/terms';
import { demandSchema } from '../demands/schemas';
import { count, day, id, rate, str, strOrNull } from '../schemas';

export const dashboardSchema = z.looseObject({
  period: z.object({ from: day, to: day }),
  asOf: day,
  org: z
    .looseObject({ id, name: str })
    .nullable()
    .meta({ description: 'the subtree rolled up; null: the city' }),
  ledgers: z.array(
    z.looseObject({ ledger: z.enum(LEDGERS) }).meta({ description: 'counts by demand status' }),
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
      names: z.record(z.string(), z.string()),
      unit: z.unknown(),
      direction: z.unknown(),
      value: z.looseObject({ status: z.enum(['ok', 'not_applicable']) }),
    }),
  ),
});
