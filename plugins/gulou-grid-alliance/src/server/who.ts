import type { Who } from '@jiceng/plugin-kit';
import type { C } from './util';

/**
 * Who acts, for the services of alliance, supply and demands. The toolkit's `whoOf` takes a narrower Hono context
 * that a plugin's route context is not assignable to (Hono's `set` is contravariant), so Gulou types it here.
 */
export const whoOf = (c: C): Who => ({ cityId: c.get('city').id, userId: c.get('actor').userId });
