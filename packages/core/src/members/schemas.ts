import { z } from 'zod';
import { AFFILIATION_KINDS, CADRE_RANKS, MEMBER_CATEGORIES } from '../db/schema';
import { affiliationSchema, memberSchema } from '../http/schemas';
import { nameText, paging } from '../http/validate';
import { normalizeIdNumber, normalizePhone } from '../roster/values';
import { isValidIdNumber, isValidPhone } from './id-number';

/** A member as read (list, detail): with the names of its org and (when it has one) its unit. */
export const memberReadSchema = memberSchema.extend({ orgName: z.string(), unitName: z.string().nullable() });
export const memberDetailSchema = memberReadSchema.extend({
  affiliations: z.array(
    affiliationSchema.extend({ orgName: z.string().nullable(), placeName: z.string().nullable() }),
  ),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const memberFields = {
  name: nameText(60),
  gender: z.enum(['male', 'female']),
  // Typed with a Chinese IME (full-width digits, Ｘ, spaces): normalised exactly as the roster import does.
  idNumber: z
    .string()
    .max(40)
    .transform(normalizeIdNumber)
    .refine(isValidIdNumber, { message: '身份证号校验失败 / ID number fails its checksum' }),
  phone: z
    .string()
    .max(40)
    .transform(normalizePhone)
    .refine(isValidPhone, { message: '手机号格式不正确 / not a mobile number' })
    .nullable(),
  birthDate: isoDate.nullable(),
  category: z.enum(MEMBER_CATEGORIES),
  cadreRank: z.enum(CADRE_RANKS),
  orgId: z.number().int().positive(),
  unitId: z.number().int().positive().nullable(),
  residencePlaceId: z.number().int().positive().nullable(),
  joinedPartyOn: isoDate.nullable(),
  occupation: z.string().trim().max(60).nullable(),
  skills: z.string().trim().max(200).nullable(),
};
export const createBody = z.object({
  ...memberFields,
  phone: memberFields.phone.default(null),
  birthDate: memberFields.birthDate.default(null),
  cadreRank: memberFields.cadreRank.default('none'),
  unitId: memberFields.unitId.default(null),
  residencePlaceId: memberFields.residencePlaceId.default(null),
  joinedPartyOn: memberFields.joinedPartyOn.default(null),
  occupation: memberFields.occupation.default(null),
  skills: memberFields.skills.default(null),
});
export const updateBody = z
  .object(memberFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export const listQuery = paging.extend({
  q: z.string().trim().max(60).optional(),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  cadreRank: z.enum(CADRE_RANKS).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  placeId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export const detailQuery = z.object({ reveal: z.enum(['true', 'false']).default('false') });
export const affiliationBody = z
  .object({
    kind: z.enum(AFFILIATION_KINDS),
    orgId: z.number().int().positive().nullable().default(null),
    placeId: z.number().int().positive().nullable().default(null),
    since: isoDate.optional(),
    note: z.string().trim().max(200).nullable().default(null),
  })
  .refine((v) => v.orgId != null || v.placeId != null, {
    message: 'orgId or placeId is required',
    path: ['orgId'],
  });
export const affParam = z.object({
  id: z.coerce.number().int().positive(),
  affiliationId: z.coerce.number().int().positive(),
});
export const endBody = z.object({ until: isoDate });

export type CreateMember = z.infer<typeof createBody>;
export type UpdateMember = z.infer<typeof updateBody>;
export type MemberFilters = z.infer<typeof listQuery>;
export type NewAffiliation = z.infer<typeof affiliationBody>;
