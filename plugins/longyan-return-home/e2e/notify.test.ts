import {
  DEMO_PASSWORD,
  type E2E,
  e2eMissing,
  fixtures,
  inCI,
  type Page,
  PHONE,
  smallCitySpec,
  startE2E,
  browserDatabaseKinds,
  textBecomes,
} from '@jiceng/e2e';
import type { NotNull } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LongyanTables } from '../src/server/db';

/** The test database with this plugin's tables typed (withTables takes a type alias, so the interface is mapped). */
const typedDb = (e2e: E2E) => e2e.handle.db.withTables<{ [T in keyof LongyanTables]: LongyanTables[T] }>();

const missing = e2eMissing();
if (missing && !inCI)
  console.warn(`[e2e] longyan-return-home notification browser tests skipped: ${missing}`);

const LONGYAN = { ...smallCitySpec('longyan', ['longyan-return-home']), nameZh: '龙岩市', nameEn: 'Longyan' };
const API = '/api/cities/longyan/plugins/longyan-return-home';

/** A JSON POST from the page (its session, its origin), answering the status and body. */
const post = (page: Page, path: string, body: unknown = {}) =>
  page.evaluate(
    async ([p, b]) => {
      const res = await fetch(p as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: res.status, body: await res.json() };
    },
    [path, body] as const,
  );

describe.skipIf(!!missing && !inCI)(
  'browser end-to-end: longyan-return-home tells the member in the bell',
  () => {
    for (const kind of browserDatabaseKinds()) {
      describe.skipIf(!!missing)(`on ${kind}`, () => {
        let e2e: E2E;
        const ids: Record<string, number> = {};

        beforeAll(async () => {
          e2e = await startE2E({ kind, cities: [LONGYAN], strictPluginSeeds: true });
          const db = typedDb(e2e);
          const city = await db
            .selectFrom('core.city')
            .select('id')
            .where('code', '=', 'longyan')
            .executeTakeFirstOrThrow();
          // A member who lives in a compound of longyan-community's community and has not reported yet.
          const community = await db
            .selectFrom('core.role_grant as g')
            .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
            .innerJoin('core.org as o', (j) =>
              j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
            )
            .select(['o.id', 'o.place_id'])
            .where('u.username', '=', 'longyan-community')
            .executeTakeFirstOrThrow();
          const compound = await db
            .selectFrom('core.place')
            .select('id')
            .where('city_id', '=', city.id)
            .where('parent_id', '=', community.place_id)
            .where('kind', '=', 'compound')
            .orderBy('id')
            .executeTakeFirstOrThrow();
          const unit = await db
            .selectFrom('core.unit')
            .select(['id', 'org_id'])
            .where('city_id', '=', city.id)
            .where('org_id', 'is not', null)
            .$narrowType<{ org_id: NotNull }>()
            .orderBy('id')
            .executeTakeFirstOrThrow();
          const f = fixtures(e2e.handle.db);
          const member = await f.member(city.id, unit.org_id, {
            name: '通知测试党员',
            unit_id: unit.id,
            residence_place_id: compound.id,
            category: 'in_service',
          });
          await f.user('longyan-notified', DEMO_PASSWORD, [{ role: 'member', cityId: city.id }], member.id);
          await f.user('longyan-unit-admin', DEMO_PASSWORD, [
            { role: 'org_admin', cityId: city.id, orgId: unit.org_id },
          ]);
          Object.assign(ids, { member: member.id });
        });

        afterAll(async () => {
          await e2e?.close();
        });

        it('the community confirms a report; the member’s bell shows it unread, and opening it marks it read', async () => {
          const db = typedDb(e2e);
          // The steps before the confirmation, through the API: the member reports online, the unit issues the 报到证.
          const member = await e2e.login('longyan-notified');
          const report = await post(member, `${API}/reports`);
          expect(report.status).toBe(201);
          const id: number = report.body.id;
          const unit = await e2e.login('longyan-unit-admin');
          const issued = await post(unit, `${API}/reports/${id}/certificate`);
          expect(issued.status).toBe(201);
          // Nothing to tell yet.
          const bell = member.getByRole('button', { name: '通知', exact: true });
          await member.reload();
          await bell.waitFor();
          expect(await bell.getAttribute('data-unread')).toBe('0');

          // The community's secretary confirms it in the shell.
          const community = await e2e.login('longyan-community');
          await community.getByTestId('nav-page-longyan-return-home-reports').click();
          await community.getByTestId('reports-page').waitFor();
          await community.getByTestId(`confirm-report-${id}`).click();
          await community.getByTestId('confirm-certificate-no').fill(issued.body.certificateNo);
          await community.getByTestId('confirm-submit').click();
          await community.getByTestId(`confirm-report-${id}`).waitFor({ state: 'detached' });
          // The secretary is not the one told.
          expect(
            await community.getByRole('button', { name: '通知', exact: true }).getAttribute('data-unread'),
          ).toBe('0');

          // The member navigates (the bell asks again on each navigation): one unread notice.
          await member.getByTestId('nav-page-longyan-return-home-home').click();
          await member.getByTestId('lrh-me').waitFor();
          await member.waitForFunction(
            () =>
              document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-unread') ===
              '1',
          );
          expect(await textBecomes(member, 'notification-count', '1')).toBe('1');
          await bell.click();
          const notice = member.getByTestId('notification').filter({ hasText: '您的报到已线下确认' });
          await notice.waitFor();
          expect(await notice.getAttribute('data-unread')).toBe('true');
          await e2e.screenshot(member, 'longyan-notify-01-bell');

          // Opening it marks it read and goes to the member's report page.
          await notice.getByRole('button').click();
          await member.waitForURL(/\/c\/longyan\/p\/longyan-return-home$/);
          await member.getByTestId('report-confirmed').waitFor();
          await member.waitForFunction(
            () =>
              document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-unread') ===
              '0',
          );
          const row = await db
            .selectFrom('core.notification as n')
            .innerJoin('core.app_user as u', 'u.id', 'n.user_id')
            .select(['u.member_id', 'n.kind', 'n.read_at'])
            .where('n.plugin_id', '=', 'longyan-return-home')
            .execute();
          expect(row).toHaveLength(1);
          expect(row[0]).toMatchObject({ member_id: ids.member, kind: 'report_confirmed' });
          expect(row[0]!.read_at).not.toBeNull();

          // On a phone the bell sits in the compact header: a finger-sized target, and no sideways scrolling.
          const phone = await e2e.login('longyan-notified', undefined, { viewport: PHONE });
          const phoneBell = phone.getByRole('button', { name: '通知', exact: true });
          await phoneBell.waitFor();
          const b = (await phoneBell.boundingBox())!;
          expect(b.width).toBeGreaterThanOrEqual(44);
          expect(b.height).toBeGreaterThanOrEqual(44);
          expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
          await phoneBell.click();
          await phone.getByTestId('notification').first().waitFor();
          expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(
            0,
          );
          await e2e.screenshot(phone, 'longyan-notify-02-phone');
          // 查看全部: the notifications page lists it, read.
          await phone.getByTestId('notifications-all').click();
          await phone.waitForURL(/\/c\/longyan\/notifications$/);
          const listed = phone
            .getByTestId('notifications-page')
            .getByTestId('notification')
            .filter({ hasText: '您的报到已线下确认' });
          await listed.waitFor();
          expect(await listed.getAttribute('data-unread')).toBeNull();
          expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(
            0,
          );
        });
      });
    }
  },
);
