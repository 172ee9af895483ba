import { z } from 'zod';
import { VOLUNTEER_CATEGORIES, VOLUNTEER_STATUSES } from '../../shared/terms';
import { count, day, id, idOrNull, moment, str, strOrNull } from '../schemas';

export const logSchema = z.looseObject({
  id,
  memberId: id,
  memberName: str,
  gridOrgId: idOrNull,
  gridName: strOrNull,
  category: z.enum(VOLUNTEER_CATEGORIES),
  servedOn: day,
  hours: z.number(),
  description: str,
  status: z.enum(VOLUNTEER_STATUSES),
  rating: z.number().int().nullable(),
  loggedBy: idOrNull,
  loggedAt: moment,
  decidedAt: moment.nullable(),
  rejectReason: strOrNull,
});

const level = z.looseObject({
  stars: count,
  minHours: count,
  minAverageRating: z.number().nullable().optional(),
});
const memberHours = {
  memberId: id,
  name: str,
  category: str,
  hours: z.number(),
  averageRating: z.number().nullable(),
  entries: count,
  stars: count,
};
export const starsSchema = z.looseObject({
  from: day,
  to: day,
  levels: z.array(level),
  inServiceMembers: count,
  confirmedHours: z.number(),
  distribution: z.array(z.looseObject({ stars: count, members: count })),
  items: z.array(z.looseObject(memberHours)),
});
export const myHoursSchema = z.looseObject({
  from: day,
  to: day,
  ...memberHours,
  pendingHours: z.number(),
  nextLevel: level.nullable(),
  levels: z.array(level),
});
