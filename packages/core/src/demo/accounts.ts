import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { CoreDatabase } from '../db/schema';
import type { CitySpec } from './spec';

type Db = Kysely<CoreDatabase>;

export const DEMO_PASSWORD = 'jiceng-demo';

/**
 * Demo accounts, one per role: the city admin, the first community's secretary and a member (the city's first
 * in-service member).
 */
export async function seedDemoUsers(
  db: Db,
  cityId: number,
  spec: CitySpec,
  community: { orgId: number; name: string | undefined },
): Promise<SeededUser[]> {
  const firstMember = await db
    .selectFrom('core.member')
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('category', '=', 'in_service')
    .orderBy('id')
    .executeTakeFirst();
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = [
    {
      username: `${spec.code}-admin`,
      role: 'city_admin' as const,
      orgId: null,
      memberId: null,
      display: `${spec.nameZh}组织部管理员`,
    },
    {
      username: `${spec.code}-community`,
      role: 'org_admin' as const,
      orgId: community.orgId,
      memberId: null,
      display: `${community.name}书记`,
    },
    {
      username: `${spec.code}-member`,
      role: 'member' as const,
      orgId: null,
      memberId: firstMember?.id ?? null,
      display: `${spec.nameZh}党员`,
    },
  ];
  for (const u of users) {
    const user = await db
      .insertInto('core.app_user')
      .values({
        username: u.username,
        password_hash: hash,
        display_name: u.display,
        city_id: cityId,
        member_id: u.memberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('core.role_grant')
      .values({ user_id: user.id, role: u.role, city_id: cityId, org_id: u.orgId, granted_by: null })
      .execute();
  }
  return users.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD }));
}

export interface SeededUser {
  username: string;
  role: string;
  password: string;
}

/** The platform administrator, created once. */
export async function seedPlatformAdmin(db: Db, username = 'admin', password = DEMO_PASSWORD) {
  const existing = await db
    .selectFrom('core.app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (existing) return existing.id;
  const user = await db
    .insertInto('core.app_user')
    .values({
      username,
      password_hash: await hashPassword(password),
      display_name: '平台管理员',
      city_id: null,
      member_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('core.role_grant')
    .values({ user_id: user.id, role: 'platform_admin', city_id: null, org_id: null, granted_by: null })
    .execute();
  return user.id;
}
