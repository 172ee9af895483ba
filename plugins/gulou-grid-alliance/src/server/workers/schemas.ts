import { z } from 'zod';
import { POST_CHAIN, TITLE_CHAIN } from '../../shared/terms';
import { count, day, id, idOrNull, str, strOrNull } from '../schemas';

const chain = z.enum(['post', 'title']);
const worker = {
  id,
  name: str,
  gender: z.enum(['male', 'female']),
  phone: strOrNull.meta({ description: 'masked unless a city admin asked ?reveal=true' }),
  masked: z.boolean(),
  memberId: idOrNull,
  orgId: id,
  orgName: str,
  hiredOn: day,
  active: z.boolean(),
};
export const workerListItemSchema = z.looseObject({
  ...worker,
  post: strOrNull,
  title: strOrNull,
  postSince: day.nullable(),
  titleSince: day.nullable(),
});
const step = { id, chain, step: str, startedOn: day, note: strOrNull };
export const stepSchema = z.looseObject(step);
export const workerDetailSchema = z.looseObject({ ...worker, steps: z.array(z.looseObject(step)) });
export const createdWorkerSchema = z.looseObject({ id, name: str, orgId: id, hiredOn: day });
export const careersSchema = z.looseObject({
  workers: count,
  post: z.array(z.looseObject({ step: z.enum(POST_CHAIN), count })),
  title: z.array(z.looseObject({ step: z.enum(TITLE_CHAIN), count })),
});
