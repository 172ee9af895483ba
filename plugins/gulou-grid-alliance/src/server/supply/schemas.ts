import { actionsSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { day, id, idOrNull, str, strOrNull } from '../schemas';

export const supplyItemSchema = z.looseObject({
  id,
  side: z.enum(['need', 'offer']),
  gridOrgId: idOrNull,
  gridName: strOrNull,
  unitId: idOrNull,
  unitName: strOrNull,
  category: str,
  title: str,
  detail: strOrNull,
  status: z.enum(['open', 'matched', 'withdrawn']),
  listedOn: day,
  withdrawReason: strOrNull,
});
export const supplyListItemSchema = supplyItemSchema.extend({
  manageable: z.boolean().meta({ description: 'whether the actor may withdraw or match it' }),
});

export const projectSchema = z.looseObject({
  id,
  needId: id,
  offerId: id,
  gridOrgId: idOrNull,
  gridName: strOrNull,
  unitId: idOrNull,
  unitName: strOrNull,
  title: str,
  ownerName: str,
  content: str,
  startOn: day,
  endOn: day,
  status: z.enum(['planned', 'in_progress', 'completed', 'cancelled']),
  startedOn: day.nullable(),
  completedOn: day.nullable(),
  createdOn: day,
});
export const projectDetailSchema = projectSchema.extend({ need: supplyItemSchema, offer: supplyItemSchema });

const hours = {
  days: str.meta({ description: 'Mon..Sun as seven 0/1 digits, e.g. 1111100' }),
  opensAt: str.meta({ description: 'HH:MM' }),
  closesAt: str.meta({ description: 'HH:MM' }),
};
export const publicFacilitySchema = z.looseObject({
  id,
  unitId: id,
  unitName: str,
  kind: str,
  name: str,
  address: strOrNull,
  placeId: idOrNull,
  placeName: strOrNull,
  ...hours,
  capacity: z.number().int().nullable(),
  openNow: z.boolean(),
});
export const facilitySchema = publicFacilitySchema.extend({
  note: strOrNull,
  active: z.boolean(),
  actions: actionsSchema(['manage']),
});
export const createdFacilitySchema = z.looseObject({ id, name: str, kind: str, ...hours });
