import { z } from 'zod';
import { count, day, id, rate, str, strOrNull } from '../schemas';

/** One indicator's value: a number with its unit, or not applicable with the reason (core's IndicatorValue). */
const indicatorValue = z.looseObject({ status: z.enum(['ok', 'not_applicable']) });

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
    series: z.record(z.string(), z.array(count)),
  }),
  rollupMs: count,
});
