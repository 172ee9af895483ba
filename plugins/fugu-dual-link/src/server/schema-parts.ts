import { z } from 'zod';
import { GRADES } from '../shared/terms';

/** The atoms and shared shapes of this plugin's answers, for schemas.ts and member-schemas.ts. */
export const id = z.number().int();
export const date = z.string().meta({ format: 'date' });
export const count = z.number().int();
export const L = z.looseObject;
export const paged = <T extends z.ZodType>(item: T) =>
  L({ items: z.array(item), total: count, page: count, pageSize: count });
export const localized = z.object({ 'zh-CN': z.string(), en: z.string() });
export const gradeName = z.enum(GRADES);

export const registrationSchema = L({
  id,
  letterNo: z.string().nullable(),
  memberId: id,
  memberName: z.string(),
  unitOrgId: id,
  unitOrgName: z.string(),
  communityOrgId: id,
  communityName: z.string(),
  residencePlaceId: id.nullable(),
  board: z.object({
    onBoard: z.boolean(),
    showPhoto: z.boolean(),
    showUnit: z.boolean(),
    showCommitment: z.boolean(),
    showPost: z.boolean(),
  }),
  status: z.string().meta({ description: 'sent, stamped, filed, returned or closed' }),
  sentOn: date,
  stampedOn: date.nullable(),
  cadreRank: z.string(),
  residencePlaceName: z.string().nullable(),
  address: z.string().nullable(),
  occupation: z.string().nullable(),
  skills: z.string().nullable(),
  commitment: z.string().nullable(),
  part1FiledOn: date.nullable(),
  returnedOn: date.nullable(),
  returnReason: z.string().nullable(),
  closedOn: date.nullable(),
  closeReason: z.string().nullable(),
  previousId: id.nullable(),
  partyGroupId: id.nullable(),
  partyGroupName: z.string().nullable(),
  postName: z.string().nullable(),
  card: z.object({
    part1: z.object({ keptBy: z.literal('unit'), stamped: z.boolean(), filedOn: date.nullable() }),
    part2: z.object({ keptBy: z.literal('community'), stamped: z.boolean(), filedOn: date.nullable() }),
    complete: z.boolean(),
  }),
  sides: z
    .object({ unit: z.boolean(), community: z.boolean(), self: z.boolean() })
    .optional()
    .meta({ description: 'which sides the actor stands on' }),
});

export const activityCardSchema = L({
  activities: z.array(
    L({
      id,
      kind: z.string(),
      title: z.string(),
      heldOn: date,
      location: z.string().nullable(),
      communityName: z.string(),
      hours: z.number().nullable(),
    }),
  ),
  visits: z.array(L({ id, visitedOn: date, note: z.string().nullable() })),
  practicalThings: z.array(L({ id, doneOn: date, title: z.string(), description: z.string().nullable() })),
});
