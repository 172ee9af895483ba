import { z } from 'zod';
import { PIONEER_TAGS, REPORT_RULES } from '../../shared/model';
import { count, day, id, idName, moment, str, strOrNull } from '../schemas';

export const meSchema = z.looseObject({
  member: z
    .looseObject({
      id,
      name: str,
      category: str,
      cadreRank: strOrNull,
      orgName: str,
      unitName: strOrNull,
      residenceName: strOrNull,
    })
    .nullable()
    .meta({ description: 'null for an account that is not a party member (then only period follows)' }),
  period: str.meta({ description: 'the reporting year, YYYY' }),
  rule: z
    .looseObject({
      rule: z.enum(REPORT_RULES),
      residenceCommunity: idName.nullable(),
      target: idName.nullable(),
      paired: z.array(idName),
      problem: z.enum(['no_community_org', 'not_paired', 'several_paired']).nullable(),
    })
    .optional(),
  report: z
    .looseObject({
      id,
      status: z.enum(['online', 'confirmed']),
      period: str,
      rule: z.enum(REPORT_RULES),
      communityOrgId: id,
      communityOrgName: str,
      issuerOrgName: str,
      reportedAt: moment,
      certificateNo: strOrNull,
      certificateIssuedAt: moment.nullable(),
      confirmedAt: moment.nullable(),
    })
    .nullable()
    .optional(),
  tags: z.array(z.enum(PIONEER_TAGS)).optional(),
  grid: z.looseObject({ id, name: str, placedOn: day }).nullable().optional(),
  teams: z.array(idName).optional(),
  counts: z
    .looseObject({ claims: count, confirmedRecords: count, pendingRecords: count, hours: count })
    .optional(),
});
