import { z } from 'zod';
import { count, day, id, rate, str, strOrNull } from '../schemas';

/** One indicator's value: a number (with the counts of a rate), or not applicable with the reason (core's IndicatorValue). */
const indicatorValue = z.discriminatedUnion('status', [
  z.looseObject({
    status: z.literal('ok'),
    value: z.number(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
  }),
  z.looseObject({ status: z.literal('not_applicable'), reason: z.string().optional() }),
]);

export const dashboardSchema = z.looseObject({
  org: z
    .looseObject({ id, name: str })
    .nullable()
    .meta({ description: 'the subtree asked for; null: the city' }),
  period: z.object({ from: day, to: day }),
  summary: z.record(z.string(), indicatorValue).meta({ description: 'the plugin’s indicators by id' }),
  byCommunity: z.array(
    z.looseObject({
      communityOrgId: id,
      name: str,
      streetName: strOrNull,
      members: count,
      reported: count,
      confirmed: count,
      served: count,
      reportRate: rate,
      confirmedRate: rate,
      serviceRate: rate,
      compounds: count,
      covered: count,
      coverage: rate,
      redCommittees: count,
      wishesCollected: count,
      wishesClaimed: count,
      wishesFulfilled: count,
    }),
  ),
  outside: z
    .looseObject({ members: count, reported: count, confirmed: count })
    .meta({ description: 'members under this node whose report community lies outside it' }),
  trend: z.looseObject({
    months: z.array(z.string().meta({ description: 'YYYY-MM' })),
    series: z
      .looseObject({
        reported: z.array(count),
        confirmed: z.array(count),
        served: z.array(count),
        fulfilled: z.array(count),
      })
      .meta({
        description: 'one count per month: reports online, confirmed, confirmed services, wishes fulfilled',
      }),
  }),
  rollupMs: count,
});
