import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { CoreDatabase, Role } from '../db/schema';
import { idNumberCheckChar } from '../members/id-number';

/** Small, explicit builders for hand-made test data. */
export function fixtures(db: Kysely<CoreDatabase>) {
  let idSeq = 0;
  return {
    async city(code: string, nameZh = code, level: 'city' | 'district' | 'county' = 'city') {
      return db
        .insertInto('core.city')
        .values({ code, name_zh: nameZh, name_en: code, level, province: null })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async place(
      cityId: number,
      kind: CoreDatabase['core.place']['kind'],
      name: string,
      parentId: number | null = null,
      /** Place attributes by key (a model's words, e.g. its type of community). */
      attributes: Record<string, string> = {},
    ) {
      const place = await db
        .insertInto('core.place')
        .values({ city_id: cityId, kind, name, parent_id: parentId })
        .returningAll()
        .executeTakeFirstOrThrow();
      const rows = Object.entries(attributes).map(([key, value]) => ({
        city_id: cityId,
        place_id: place.id,
        key,
        value,
      }));
      if (rows.length) await db.insertInto('core.place_attribute').values(rows).execute();
      return place;
    },
    async org(
      cityId: number,
      kind: string,
      name: string,
      parentId: number | null = null,
      placeId: number | null = null,
    ) {
      return db
        .insertInto('core.org')
        .values({ city_id: cityId, kind, name, parent_id: parentId, place_id: placeId })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async unit(
      cityId: number,
      name: string,
      orgId: number | null = null,
      kind: CoreDatabase['core.unit']['kind'] = 'organ',
    ) {
      return db
        .insertInto('core.unit')
        .values({ city_id: cityId, name, kind, level: 'city', org_id: orgId, address: null })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async member(
      cityId: number,
      orgId: number,
      over: Partial<CoreDatabase['core.member'] extends infer T ? { [K in keyof T]: any } : never> = {},
    ) {
      idSeq++;
      const first17 = `35080219800101${String(idSeq).padStart(3, '0')}`;
      return db
        .insertInto('core.member')
        .values({
          city_id: cityId,
          org_id: orgId,
          name: `党员${idSeq}`,
          gender: 'male',
          id_number: first17 + idNumberCheckChar(first17),
          phone: `138${String(idSeq).padStart(8, '0')}`,
          birth_date: '1980-01-01',
          category: 'in_service',
          unit_id: null,
          residence_place_id: null,
          joined_party_on: null,
          occupation: null,
          skills: null,
          ...over,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async user(
      username: string,
      password: string,
      grants: { role: Role; cityId?: number | null; orgId?: number | null }[],
      memberId: number | null = null,
    ) {
      const cityId = grants.find((g) => g.cityId)?.cityId ?? null;
      const user = await db
        .insertInto('core.app_user')
        .values({
          username,
          password_hash: await hashPassword(password),
          display_name: username,
          city_id: cityId,
          member_id: memberId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const g of grants)
        await db
          .insertInto('core.role_grant')
          .values({
            user_id: user.id,
            role: g.role,
            city_id: g.cityId ?? null,
            org_id: g.orgId ?? null,
            granted_by: null,
          })
          .execute();
      return user;
    },
    async enable(cityId: number, pluginId: string, config: Record<string, unknown> = {}, version = '0.1.0') {
      await db
        .insertInto('core.city_plugin')
        .values({
          city_id: cityId,
          plugin_id: pluginId,
          enabled: true,
          config: JSON.stringify(config),
          version,
        })
        .onConflict((oc) =>
          oc.columns(['city_id', 'plugin_id']).doUpdateSet({ enabled: true, config: JSON.stringify(config) }),
        )
        .execute();
    },
  };
}
