import { z } from 'zod';

/**
 * Building blocks of the answers' shapes, for the API reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. Each feature's shapes sit next to its routes.
 */
export const id = z.number().int();
export const idOrNull = id.nullable();
/** A date (YYYY-MM-DD) or a moment, as JSON text. */
export const day = z.string().meta({ format: 'date' });
export const moment = z.string().meta({ format: 'date-time' });
export const str = z.string();
export const strOrNull = z.string().nullable();
export const count = z.number();
/** A share in [0, 1], or null when there is nothing to divide by. */
export const rate = z.number().nullable();
export const idName = z.looseObject({ id, name: str });
export { itemsOf, okSchema, pageOf } from '@jiceng/plugin-kit';
