import { z } from 'zod';
import { ROLES } from '../db/schema';
import { userSchema } from '../http/schemas';
import { localizedIssue, nameText } from '../http/validate';

export const grantBody = z.object({
  role: z.enum(['city_admin', 'org_admin', 'member']),
  orgId: z.number().int().positive().nullable().default(null),
});
export const createBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'lower-case letters, digits, . _ -; 3–40 characters'),
  displayName: nameText(60),
  memberId: z.number().int().positive().nullable().default(null),
  grants: z
    .array(grantBody)
    .max(10)
    .default([])
    .refine(
      (gs) => new Set(gs.map((g) => `${g.role}:${g.orgId}`)).size === gs.length,
      localizedIssue({ 'zh-CN': '同一角色重复授予', en: 'the same role is granted twice' }),
    ),
});
export const updateBody = z
  .object({ displayName: nameText(60), memberId: z.number().int().positive().nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export const userParam = z.object({ userId: z.coerce.number().int().positive() });
export const grantParam = z.object({
  userId: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});
export const accessQuery = z.object({ orgId: z.coerce.number().int().positive() });

/** A new account, with its temporary password (shown once). */
export const createdUserSchema = userSchema.extend({ temporaryPassword: z.string() });
export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });
export const grantedSchema = z.object({ id: z.number(), role: z.string(), orgId: z.number().nullable() });
export const orgAccessSchema = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  items: z.array(
    z.looseObject({
      userId: z.number(),
      username: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      /** The org admin grant that reaches this node; null for a city or platform admin. */
      viaOrgId: z.number().nullable(),
      viaOrgName: z.string().nullable(),
      can: z.array(z.string()),
    }),
  ),
});

export type GrantRequest = z.infer<typeof grantBody>;
export type CreateUser = z.infer<typeof createBody>;
export type UpdateUser = z.infer<typeof updateBody>;
