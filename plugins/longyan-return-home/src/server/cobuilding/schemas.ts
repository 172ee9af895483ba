import { z } from 'zod';
import { PROJECT_CATEGORIES } from '../../shared/model';
import { count, day, id, idOrNull, str, strOrNull } from '../schemas';

export const pairSchema = z.looseObject({
  id,
  unitOrgId: id,
  communityOrgId: id,
  since: day.nullable(),
  until: day.nullable(),
});
export const createdPairSchema = pairSchema.extend({
  unitId: id,
  reopened: z.boolean().meta({ description: 'true when an ended pair of the same two was reopened' }),
});

const linkBase = {
  id,
  unitOrgId: id,
  unitOrgName: str,
  unitName: strOrNull,
  communityOrgId: id,
  communityOrgName: str,
  since: day.nullable(),
  until: day.nullable(),
};
export const linkListSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      ...linkBase,
      unitId: idOrNull,
      agreementSignedOn: day.nullable(),
      activities: count,
      projectsStarted: count,
      projectsCompleted: count,
    }),
  ),
  totals: z.looseObject({
    pairs: count,
    agreements: count,
    activities: count,
    projectsStarted: count,
    projectsCompleted: count,
  }),
});

export const agreementSchema = z.looseObject({ id, linkId: id, signedOn: day, content: str });
export const activitySchema = z.looseObject({ id, linkId: id, heldOn: day, title: str, participants: count });
const category = z.enum(PROJECT_CATEGORIES);
export const projectSchema = z.looseObject({
  id,
  linkId: id,
  title: str,
  category,
  startedOn: day,
  completedOn: day.nullable(),
});
export const completedProjectSchema = z.looseObject({
  id,
  title: str,
  category,
  startedOn: day,
  completedOn: day,
});
export const linkDetailSchema = z.looseObject({
  ...linkBase,
  agreement: z.looseObject({ id, signedOn: day, content: str }).nullable(),
  activities: z.array(z.looseObject({ id, heldOn: day, title: str, participants: count })),
  projects: z.array(z.looseObject({ id, title: str, category, startedOn: day, completedOn: day.nullable() })),
});
