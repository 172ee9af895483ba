import type { Actor, CityAccess } from '../auth/actor';
import type { City } from '../db/schema';

export type Locale = 'zh-CN' | 'en';

/** Hono variables every route can read. `city` is set under /api/cities/:city. */
export interface AppEnv {
  Variables: {
    locale: Locale;
    actor: Actor;
    city: City;
    /** The actor's reach inside `city`. */
    access: CityAccess;
    /** Under a plugin's routes: that city's validated config for the plugin. */
    pluginConfig: Record<string, unknown>;
  };
}
