import { actionsSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { REPORT_RULES } from '../../shared/model';
import { count, id, idName, idOrNull, moment, str, strOrNull } from '../schemas';

const rule = z.enum(REPORT_RULES);
const problem = z.enum(['no_community_org', 'not_paired', 'several_paired']).nullable();
const orgRef = z.looseObject({ id, name: str, path: str });

/** Where a member reports and why (报到原则). */
export const ruleSchema = z.looseObject({
  memberId: id,
  memberName: str,
  period: str.meta({ description: 'the reporting year, YYYY' }),
  rule,
  residenceCommunity: idName.nullable(),
  target: orgRef.nullable(),
  paired: z.array(orgRef),
  issuerOrgId: id,
  problem,
  current: z.looseObject({ id, status: z.enum(['online', 'confirmed']) }).nullable(),
});

export const reportSchema = z.looseObject({
  id,
  memberId: id,
  memberName: str,
  period: str,
  communityOrgId: id,
  communityOrgName: str,
  rule,
  issuerOrgId: id,
  issuerOrgName: str
    .optional()
    .meta({ description: 'in lists and detail; not in the answer to a new report' }),
  unitName: strOrNull,
  status: z.enum(['online', 'confirmed']),
  reportedAt: moment,
  certificateNo: strOrNull.meta({
    description: 'null for who may not read it: the confirming community types it from the member’s paper',
  }),
  certificateIssued: z.boolean().optional().meta({ description: 'in lists and detail' }),
  certificateIssuedAt: moment.nullable(),
  confirmedAt: moment.nullable(),
  actions: actionsSchema(['confirm', 'issueCertificate']).optional(),
});
/** The answer to issuing a 报到证: the report with the number just issued (the issuer may read it). */
export const issuedSchema = reportSchema.extend({ certificateNo: str });
export const certificateSchema = reportSchema.extend({ certificateNo: str, cityName: str });

export const comparisonSchema = z.looseObject({
  period: str,
  units: z.array(
    z.looseObject({
      unitId: id,
      unitName: str,
      orgId: idOrNull,
      total: count,
      notReported: count,
      online: count,
      awaitingCertificate: count,
      confirmed: count,
    }),
  ),
  items: z.array(
    z.looseObject({
      memberId: id,
      memberName: str,
      unitId: idOrNull,
      unitName: strOrNull,
      reportId: idOrNull,
      status: z.enum(['not_reported', 'online', 'confirmed']),
      certificateIssued: z.boolean(),
      reportedAt: moment.nullable(),
      communityOrgId: idOrNull,
      communityOrgName: strOrNull,
    }),
  ),
  total: count,
  page: count,
  pageSize: count,
});
