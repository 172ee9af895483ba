import { z } from 'zod';
import { FUND_SOURCES } from '../../shared/terms';
import { count, day, decimal, id, idOrNull, str, strOrNull } from '../schemas';

const bySource = z.looseObject(Object.fromEntries(FUND_SOURCES.map((s) => [s, z.number()])));
export const fundSummarySchema = z.looseObject({
  year: count,
  floor: z.number().meta({ description: 'the yearly floor per grid branch, yuan' }),
  grids: count,
  meetingFloor: count,
  belowFloor: count,
  total: z.number(),
  bySource,
  items: z.array(
    z.looseObject({
      gridOrgId: id,
      gridName: str,
      communityName: strOrNull,
      total: z.number(),
      bySource,
      meetsFloor: z.boolean(),
      shortfall: z.number(),
    }),
  ),
});
export const fundEntrySchema = z.looseObject({
  id,
  year: count,
  source: z.enum(FUND_SOURCES),
  amount: decimal.meta({ description: 'yuan; decimal text on PostgreSQL' }),
  unitId: idOrNull,
  unitName: strOrNull,
  receivedOn: day,
  note: strOrNull,
});
export const recordedFundSchema = z.looseObject({
  id,
  amount: z.number(),
  year: count,
  yearTotal: z.number(),
  floor: z.number(),
  meetsFloor: z.boolean(),
});
