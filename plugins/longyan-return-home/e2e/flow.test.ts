import {
  DEMO_PASSWORD,
  type E2E,
  e2eMissing,
  fixtures,
  inCI,
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
if (missing && !inCI) console.warn(`[e2e] longyan-return-home browser tests skipped: ${missing}`);

/** A small Longyan (2 streets, 4 communities, 12 compounds, 6 units); its seed reports nearly every in-service member. */
const LONGYAN = {
  ...smallCitySpec('longyan', ['longyan-return-home']),
  nameZh: '龙岩市',
  nameEn: 'Longyan',
  committeeName: '中共龙岩市委',
};

describe.skipIf(!!missing && !inCI)('browser end-to-end: longyan-return-home (在职党员回家)', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      const ids: Record<string, number> = {};
      const names: Record<string, string> = {};

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [LONGYAN], strictPluginSeeds: true });
        const db = typedDb(e2e);
        const city = await db
          .selectFrom('core.city')
          .select('id')
          .where('code', '=', 'longyan')
          .executeTakeFirstOrThrow();
        // The community of the demo account longyan-community, and a compound in it.
        const community = await db
          .selectFrom('core.role_grant as g')
          .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
          .innerJoin('core.org as o', (j) =>
            j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
          )
          .select(['o.id', 'o.name', 'o.place_id'])
          .where('u.username', '=', 'longyan-community')
          .executeTakeFirstOrThrow();
        const compound = await db
          .selectFrom('core.place')
          .select(['id', 'name'])
          .where('city_id', '=', city.id)
          .where('parent_id', '=', community.place_id)
          .where('kind', '=', 'compound')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const unit = await db
          .selectFrom('core.unit')
          .select(['id', 'name', 'org_id'])
          .where('city_id', '=', city.id)
          .where('org_id', 'is not', null)
          .$narrowType<{ org_id: NotNull }>()
          .orderBy('id')
          .executeTakeFirstOrThrow();
        // A member who has just moved into that compound and has not reported yet, and the admin of their unit's party org.
        const f = fixtures(e2e.handle.db);
        const member = await f.member(city.id, unit.org_id, {
          name: '新回家党员',
          unit_id: unit.id,
          residence_place_id: compound.id,
          category: 'in_service',
        });
        await f.user('longyan-newcomer', DEMO_PASSWORD, [{ role: 'member', cityId: city.id }], member.id);
        await f.user('longyan-unit', DEMO_PASSWORD, [
          { role: 'org_admin', cityId: city.id, orgId: unit.org_id },
        ]);
        // A unit no seed has paired yet, with its own party branch under the city's committee.
        const root = await db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', city.id)
          .where('parent_id', 'is', null)
          .executeTakeFirstOrThrow();
        const firmOrg = await f.org(city.id, 'unit_branch', '龙岩结对测试有限公司党支部', root.id);
        await f.unit(city.id, '龙岩结对测试有限公司', firmOrg.id, 'enterprise');
        Object.assign(ids, {
          member: member.id,
          community: community.id,
          city: city.id,
          firmOrg: firmOrg.id,
        });
        Object.assign(names, { community: community.name, unit: unit.name, firm: '龙岩结对测试有限公司' });
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('a member reports online, the unit issues the 报到证, the community checks it and confirms', async () => {
        const db = typedDb(e2e);
        // 1. The member: the rule names the residence community; report online.
        const member = await e2e.login('longyan-newcomer');
        await member.getByTestId('nav-page-longyan-return-home-home').click();
        await member.getByTestId('lrh-me').waitFor();
        expect(await textBecomes(member, 'my-report-status', '未报到')).toContain('未报到');
        expect(await textBecomes(member, 'my-report-rule', names.community!)).toContain(names.community!);
        await member.getByTestId('report-online').click();
        expect(await textBecomes(member, 'my-report-status', '已线上报到')).toContain('已线上报到');
        await member.getByTestId('awaiting-certificate').waitFor();
        const report = await db
          .selectFrom('p_longyan_return_home.report')
          .select(['id', 'community_org_id', 'status'])
          .where('member_id', '=', ids.member!)
          .executeTakeFirstOrThrow();
        expect(report).toMatchObject({ community_org_id: ids.community, status: 'online' });
        await e2e.screenshot(member, 'longyan-01-reported-online');

        // 2. The unit's party org finds the member in 检索比对 and issues the printable 报到证.
        const unit = await e2e.login('longyan-unit');
        await unit.getByTestId('nav-page-longyan-return-home-comparison').click();
        await unit.getByTestId('comparison-page').waitFor();
        await unit.getByTestId(`issue-certificate-${report.id}`).click();
        await unit.getByTestId(`print-certificate-${report.id}`).waitFor();
        const { certificate_no: certificateNo } = await db
          .selectFrom('p_longyan_return_home.report')
          .select('certificate_no')
          .where('id', '=', report.id)
          .where('certificate_no', 'is not', null)
          .$narrowType<{ certificate_no: NotNull }>()
          .executeTakeFirstOrThrow();
        expect(certificateNo).toMatch(/^LYBD\d{4}\d{7}[0-9A-F]{4}$/);
        await e2e.open(unit, `/c/longyan/p/longyan-return-home/certificate?report=${report.id}`);
        expect(await textBecomes(unit, 'certificate-no', certificateNo)).toContain(certificateNo);
        expect(await textBecomes(unit, 'certificate-member', '新回家党员')).toContain('新回家党员');
        await e2e.screenshot(unit, 'longyan-02-certificate');

        // 3. The community org checks the number on the certificate: a wrong one is refused, the right one confirms.
        const community = await e2e.login('longyan-community');
        await community.getByTestId('nav-page-longyan-return-home-reports').click();
        await community.getByTestId('reports-page').waitFor();
        await community.getByTestId(`confirm-report-${report.id}`).click();
        await community.getByTestId('confirm-certificate-no').fill('LYBD0000');
        await community.getByTestId('confirm-submit').click();
        expect(await textBecomes(community, 'error-alert', '报到证编号不符')).toContain('报到证编号不符');
        await community.getByTestId('confirm-certificate-no').fill(certificateNo);
        await community.getByTestId('confirm-submit').click();
        await community.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
        await community.getByTestId(`confirm-report-${report.id}`).waitFor({ state: 'detached' });
        expect(
          (
            await db
              .selectFrom('p_longyan_return_home.report')
              .select('status')
              .where('id', '=', report.id)
              .executeTakeFirstOrThrow()
          ).status,
        ).toBe('confirmed');
        await e2e.screenshot(community, 'longyan-03-confirmed');

        // 4. The member sees both steps done.
        await member.reload();
        expect(await textBecomes(member, 'my-report-status', '已确认')).toContain('已确认');
        await member.getByTestId('report-confirmed').waitFor();
        await e2e.screenshot(member, 'longyan-04-member-confirmed');
      });

      // Each user's pages in a test of their own: a test fits its timeout on a loaded machine.
      const pages: [string, string][] = [
        ['', 'lrh-dashboard'],
        ['reports', 'reports-page'],
        ['comparison', 'comparison-page'],
        ['service', 'service-page'],
        ['compounds', 'compounds-page'],
        ['grids', 'grids-page'],
        ['co-building', 'co-building-page'],
        ['red-committees', 'red-page'],
      ];
      for (const user of ['longyan-admin', 'longyan-community']) {
        it(`every page opens without an error for ${user}`, async () => {
          const page = await e2e.login(user);
          for (const [path, testId] of pages) {
            await e2e.open(page, `/c/longyan/p/longyan-return-home/${path}`);
            await page.getByTestId(testId).waitFor();
            await e2e.settle(page);
            expect(await page.getByTestId('plugin-error').count(), `${user} ${path}`).toBe(0);
            expect(await page.getByTestId('error-alert').count(), `${user} ${path}`).toBe(0);
          }
        });
      }

      it('a member opens their home without an error', async () => {
        const member = await e2e.login('longyan-member');
        await member.getByTestId('nav-page-longyan-return-home-home').click();
        await member.getByTestId('lrh-me').waitFor();
        await e2e.settle(member);
        expect(await member.getByTestId('error-alert').count()).toBe(0);
        expect(await member.getByTestId('plugin-error').count()).toBe(0);
      });

      it('the city sees the dashboard with its charts', async () => {
        const page = await e2e.login('longyan-admin');
        await page.getByTestId('nav-page-longyan-return-home-home').click();
        await page.getByTestId('lrh-dashboard').waitFor();
        for (const chart of ['chart-rates', 'chart-trend', 'chart-coverage'])
          await page.locator(`[data-testid="${chart}"] canvas`).first().waitFor();
        expect(await textBecomes(page, 'stat-report-rate', '%')).toMatch(/\d+\.\d\d%/);
        await e2e.screenshot(page, 'longyan-05-dashboard');
      });

      it('the city admin pairs a unit with a community (结对共建) and ends the pair', async () => {
        const page = await e2e.login('longyan-admin');
        await page.getByTestId('nav-page-longyan-return-home-co-building').click();
        await page.getByTestId('co-building-page').waitFor();
        await page.getByTestId('pair-new').click();
        await page.getByTestId('pair-unit').click();
        await page.getByTestId('pair-unit').locator('input').fill(names.firm!);
        await page.locator(`.ant-select-item-option[title="${names.firm}"]`).click();
        await page.getByTestId('pair-community').click();
        await page.locator('.ant-select-item-option').filter({ hasText: names.community! }).first().click();
        await e2e.screenshot(page, 'longyan-06-new-pair');
        await page.getByTestId('pair-save').click();
        const row = page.locator(`[data-testid="pair-row"][data-unit="${names.firm}"]`);
        await row.waitFor();
        expect(await row.textContent()).toContain(names.community!);
        await e2e.screenshot(page, 'longyan-07-pairs');
        await page.setViewportSize({ width: 390, height: 844 });
        await e2e.screenshot(page, 'longyan-07-pairs-390');
        await page.setViewportSize({ width: 1440, height: 900 });
        await row.locator('[data-testid^="pair-end-"]').click();
        await page.getByTestId('pair-end-confirm').click();
        await row.waitFor({ state: 'detached' });
        const link = await e2e.handle.db
          .selectFrom('core.org_link')
          .select(['until', 'to_org_id'])
          .where('city_id', '=', ids.city!)
          .where('kind', '=', 'co_building')
          .where((w) => w.or([w('from_org_id', '=', ids.firmOrg!), w('to_org_id', '=', ids.firmOrg!)]))
          .executeTakeFirstOrThrow();
        expect(link.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
    });
  }
});
