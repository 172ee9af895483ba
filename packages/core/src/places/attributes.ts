import type { Kysely, Transaction } from 'kysely';
import type { CoreDatabase, PlaceKind } from '../db/schema';
import { ApiError } from '../http/errors';
import type { PlaceAttribute } from '../plugins/contract';
import { attributeProblem, type AttributeValues } from './attribute-rules';

export type { AttributeValues };

/**
 * Place attributes: words a model keeps about places (declared in its manifest, see PlaceAttribute), stored by
 * core in core.place_attribute under the attribute's key. Core reads and writes the attributes of the models a
 * city has enabled; values of a model the city turned off stay stored, unseen, until it is on again.
 */

/** What of a plugin the attributes need (any installed plugin is one). */
export interface AttributeDeclarer {
  id: string;
  placeAttributes?: readonly PlaceAttribute[];
}

/** Every attribute the installed plugins declare; a key declared twice is a registry mistake, refused at start. */
export function installedAttributes(plugins: readonly AttributeDeclarer[]): PlaceAttribute[] {
  const out: PlaceAttribute[] = [];
  const owner = new Map<string, string>();
  for (const p of plugins)
    for (const a of p.placeAttributes ?? []) {
      const first = owner.get(a.key);
      if (first)
        throw new Error(`place attribute ${a.key} is declared by both ${first} and ${p.id}: keys are unique`);
      owner.set(a.key, p.id);
      out.push(a);
    }
  return out;
}

/** The attributes of the models this city has enabled. */
export async function cityAttributes(
  deps: { db: Kysely<CoreDatabase>; plugins?: readonly AttributeDeclarer[] },
  cityId: number,
): Promise<PlaceAttribute[]> {
  const enabled = await deps.db
    .selectFrom('core.city_plugin')
    .select('plugin_id')
    .where('city_id', '=', cityId)
    .where('enabled', '=', true)
    .execute();
  const ids = new Set(enabled.map((r) => r.plugin_id));
  return installedAttributes((deps.plugins ?? []).filter((p) => ids.has(p.id)));
}

/** Stored values of these places, by place id then key (only the keys given). */
export async function readAttributes(
  db: Kysely<CoreDatabase>,
  cityId: number,
  placeIds: number[],
  keys: string[],
): Promise<Map<number, AttributeValues>> {
  const out = new Map<number, AttributeValues>();
  if (!placeIds.length || !keys.length) return out;
  const rows = await db
    .selectFrom('core.place_attribute')
    .select(['place_id', 'key', 'value'])
    .where('city_id', '=', cityId)
    .where('place_id', 'in', placeIds)
    .where('key', 'in', keys)
    .execute();
  for (const r of rows) {
    const m = out.get(r.place_id) ?? {};
    m[r.key] = r.value;
    out.set(r.place_id, m);
  }
  return out;
}

/** The 400 for an attribute the request may not set, naming `attributes.<key>`, in the caller's language. */
export function checkAttributes(
  declared: PlaceAttribute[],
  kind: PlaceKind,
  values: Record<string, string | null>,
): void {
  for (const [key, value] of Object.entries(values)) {
    const p = attributeProblem(declared, kind, key, value);
    if (p) throw new ApiError(400, p.code, p.params, `attributes.${key}`);
  }
}

/** Sets (a value) or clears (null) each given attribute of one place. */
export async function writeAttributes(
  trx: Kysely<CoreDatabase> | Transaction<CoreDatabase>,
  cityId: number,
  placeId: number,
  values: Record<string, string | null>,
): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (value === null)
      await trx
        .deleteFrom('core.place_attribute')
        .where('city_id', '=', cityId)
        .where('place_id', '=', placeId)
        .where('key', '=', key)
        .execute();
    else
      await trx
        .insertInto('core.place_attribute')
        .values({ city_id: cityId, place_id: placeId, key, value })
        .onConflict((oc) => oc.columns(['city_id', 'place_id', 'key']).doUpdateSet({ value }))
        .execute();
  }
}
