import type { WebPlugin } from '@jiceng/ui';
import { webPlugins } from '../plugins';

const cache = new Map<string, Promise<WebPlugin | null>>();

/**
 * Loads one plugin's web entry once. A plugin whose entry fails
 * to load (or is malformed) is left out with a console warning; the shell goes on without it.
 */
export function loadWebPlugin(id: string): Promise<WebPlugin | null> {
  let pending = cache.get(id);
  if (!pending) {
    const importer = webPlugins[id];
    pending = importer
      ? importer()
          .then(({ default: plugin }) => {
            if (!plugin || plugin.id !== id || !Array.isArray(plugin.pages))
              throw new Error(`entry does not export the web plugin '${id}'`);
            return plugin;
          })
          .catch((e: unknown) => {
            console.warn(`[jiceng] web plugin '${id}' failed to load and is skipped:`, e);
            cache.delete(id); // a later visit may try again (e.g. after a redeploy)
            return null;
          })
      : Promise.resolve(null);
    cache.set(id, pending);
  }
  return pending;
}

/** The web plugins for the enabled ids, in the given order, leaving out those that are not installed or failed. */
export async function loadWebPlugins(ids: string[]): Promise<WebPlugin[]> {
  const loaded = await Promise.all(ids.map((id) => loadWebPlugin(id)));
  return loaded.filter((p): p is WebPlugin => p !== null);
}
