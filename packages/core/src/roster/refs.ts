import type { Kysely } from 'kysely';
import { type CityAccess, pathInScope } from '../auth/actor';
import type { CoreDatabase } from '../db/schema';
import type { RowProblem } from './schema';

export interface RefTarget {
  id: number;
  name: string;
  /** Orgs and places: the materialized path. */
  path?: string;
  parentId?: number | null;
  kind?: string;
}

export type Resolved = { id: number; target: RefTarget } | { problem: Omit<RowProblem, 'row' | 'field'> };

/**
 * Names (and ids) of one city's orgs, units or places, held while a file is checked: the city's size, not the file's.
 * A reference is an exact name or `#<id>`.
 */
export class RefIndex {
  readonly byId = new Map<number, RefTarget>();
  readonly byName = new Map<string, RefTarget[]>();

  constructor(
    readonly entity: 'org' | 'unit' | 'place',
    targets: RefTarget[],
    /** Orgs: whether the actor may attach members or children to this one. */
    readonly inScope: (t: RefTarget) => boolean = () => true,
  ) {
    for (const t of targets) this.add(t);
  }

  add(t: RefTarget) {
    this.byId.set(t.id, t);
    const list = this.byName.get(t.name);
    if (list) list.push(t);
    else this.byName.set(t.name, [t]);
  }

  resolve(value: string): Resolved {
    const hash = value.charCodeAt(0) === 35 ? /^#\s*(\d{1,9})$/.exec(value) : null;
    if (hash) {
      const t = this.byId.get(Number(hash[1]));
      if (!t) return { problem: { code: 'roster_unknown_ref', params: { entity: this.entity, value } } };
      if (!this.inScope(t))
        return { problem: { code: 'roster_out_of_scope_ref', params: { entity: this.entity, value } } };
      return { id: t.id, target: t };
    }
    const all = this.byName.get(value);
    if (!all?.length)
      return { problem: { code: 'roster_unknown_ref', params: { entity: this.entity, value } } };
    const visible = all.filter(this.inScope);
    if (visible.length === 1) return { id: visible[0]!.id, target: visible[0]! };
    if (visible.length === 0)
      return { problem: { code: 'roster_out_of_scope_ref', params: { entity: this.entity, value } } };
    return {
      problem: {
        code: 'roster_ambiguous_ref',
        params: {
          entity: this.entity,
          value,
          count: visible.length,
          ids: visible
            .slice(0, 5)
            .map((t) => `#${t.id}`)
            .join(' '),
        },
      },
    };
  }
}

export async function orgIndex(db: Kysely<CoreDatabase>, cityId: number, access: CityAccess) {
  const rows = await db
    .selectFrom('core.org')
    .select(['id', 'name', 'path', 'parent_id', 'kind', 'place_id'])
    .where('city_id', '=', cityId)
    .execute();
  return new RefIndex(
    'org',
    rows.map((r) => ({ id: r.id, name: r.name, path: r.path, parentId: r.parent_id, kind: r.kind })),
    (t) => pathInScope(access, t.path!),
  );
}

export async function unitIndex(db: Kysely<CoreDatabase>, cityId: number) {
  const rows = await db
    .selectFrom('core.unit')
    .select(['id', 'name'])
    .where('city_id', '=', cityId)
    .execute();
  return new RefIndex('unit', rows);
}

export async function placeIndex(db: Kysely<CoreDatabase>, cityId: number) {
  const rows = await db
    .selectFrom('core.place')
    .select(['id', 'name', 'path', 'parent_id', 'kind'])
    .where('city_id', '=', cityId)
    .execute();
  return new RefIndex(
    'place',
    rows.map((r) => ({ id: r.id, name: r.name, path: r.path, parentId: r.parent_id, kind: r.kind })),
  );
}
