import {
  DEMO_PASSWORD,
  type E2E,
  e2eMissing,
  fixtures,
  horizontalOverflow,
  inCI,
  PHONE,
  type Page,
  smallCitySpec,
  startE2E,
  browserDatabaseKinds,
  textBecomes,
} from '@jiceng/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] fugu-dual-link browser tests skipped: ${missing}`);

/** A small Fugu county (2 towns, 4 communities, 6 units); its seed registers every in-service member. */
const FUGU = {
  ...smallCitySpec('fugu', ['fugu-dual-link']),
  nameZh: '府谷县',
  nameEn: 'Fugu County',
  level: 'county' as const,
  committeeName: '中共府谷县委',
  communityAttributes: { community_type: { county_town: 1 } },
};

/** Opens an antd Select by its test id, types `search` and picks the option showing `text`. */
async function choose(page: Page, testId: string, text: string, search?: string) {
  await page.getByTestId(testId).click();
  if (search) await page.getByTestId(testId).locator('input').fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first()
    .click();
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
  );
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: fugu-dual-link (双联双管)', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      const ids: Record<string, number> = {};
      const names: Record<string, string> = {};

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [FUGU], strictPluginSeeds: true });
        const db = e2e.handle.db as any;
        const city = await db
          .selectFrom('core.city')
          .select('id')
          .where('code', '=', 'fugu')
          .executeTakeFirstOrThrow();
        // The community of the demo account fugu-community, and one of its compounds.
        const grant = await db
          .selectFrom('core.role_grant as g')
          .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
          .innerJoin('core.org as o', (j: any) =>
            j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
          )
          .select(['o.id', 'o.name', 'o.place_id'])
          .where('u.username', '=', 'fugu-community')
          .executeTakeFirstOrThrow();
        const compound = await db
          .selectFrom('core.place')
          .select(['id', 'name'])
          .where('city_id', '=', city.id)
          .where('parent_id', '=', grant.place_id)
          .where('kind', '=', 'compound')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const unitOrg = await db
          .selectFrom('core.org')
          .select(['id', 'name'])
          .where('city_id', '=', city.id)
          .where('kind', 'in', ['unit_committee', 'unit_branch'])
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const unit = await db
          .selectFrom('core.unit')
          .select('id')
          .where('city_id', '=', city.id)
          .where('org_id', '=', unitOrg.id)
          .executeTakeFirstOrThrow();
        // A newly assigned cadre who has not reported anywhere yet, and the admin of their unit's party org.
        const f = fixtures(e2e.handle.db);
        const member = await f.member(city.id, unitOrg.id, {
          name: '新调入党员',
          unit_id: unit.id,
          category: 'in_service',
          cadre_rank: 'section_deputy',
          residence_place_id: compound.id,
          occupation: '律师',
          skills: '法律咨询',
        });
        await f.user('fugu-unit', DEMO_PASSWORD, [{ role: 'org_admin', cityId: city.id, orgId: unitOrg.id }]);
        Object.assign(ids, { member: member.id, community: grant.id, compound: compound.id });
        Object.assign(names, { community: grant.name, unitOrg: unitOrg.name });
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('the unit sends its member to the community, the community stamps the card, the unit files part 1 — both sides see it', async () => {
        // The unit's org sends the letter with the registration form.
        const unitPage = await e2e.login('fugu-unit');
        await unitPage.getByTestId('nav-page-fugu-dual-link-registrations').click();
        await unitPage.getByTestId('registrations-page').waitFor();
        await unitPage.getByTestId('send-letter').click();
        await choose(unitPage, 'letter-member', '新调入党员', '新调入');
        await choose(unitPage, 'letter-community', names.community!);
        await unitPage.getByTestId('letter-commitment').fill('每月为居民提供一次法律咨询');
        await unitPage.getByTestId('letter-submit').click();
        await unitPage.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
        const db = e2e.handle.db as any;
        const reg = await db
          .selectFrom('p_fugu_dual_link.registration')
          .select(['id', 'status', 'occupation'])
          .where('member_id', '=', ids.member)
          .executeTakeFirstOrThrow();
        expect(reg).toMatchObject({ status: 'sent', occupation: '律师' });
        expect(await textBecomes(unitPage, `reg-status-${reg.id}`, '已发函待报到')).toContain('已发函待报到');
        // The unit cannot stamp the community's part.
        expect(await unitPage.getByTestId(`stamp-${reg.id}`).count()).toBe(0);
        await e2e.screenshot(unitPage, 'fugu-01-letter-sent');

        // The community receives the member and stamps the card: part 2 stays with the community.
        const communityPage = await e2e.login('fugu-community');
        await communityPage.getByTestId('nav-page-fugu-dual-link-registrations').click();
        await communityPage.getByTestId('reg-search').locator('input').fill('新调入党员');
        await communityPage.getByTestId('reg-search').locator('input').press('Enter');
        await communityPage.getByTestId(`stamp-${reg.id}`).click();
        expect(await textBecomes(communityPage, `reg-status-${reg.id}`, '社区已盖章')).toContain(
          '社区已盖章',
        );
        await e2e.screenshot(communityPage, 'fugu-02-stamped');

        // Back at the unit: part 1 is filed, the card is complete.
        await unitPage.reload();
        await unitPage.getByTestId(`file-part1-${reg.id}`).click();
        expect(await textBecomes(unitPage, `reg-status-${reg.id}`, '两联均已存档')).toContain('两联均已存档');

        // The unit side's view of the member: their relation here, their activity in the community.
        await unitPage.getByTestId(`reg-member-${reg.id}`).click();
        await unitPage.getByTestId('member-page').waitFor();
        expect(await textBecomes(unitPage, 'unit-side', names.unitOrg!)).toContain(names.unitOrg!);
        expect(await textBecomes(unitPage, 'community-side', names.community!)).toContain(names.community!);
        expect(await textBecomes(unitPage, 'member-reg-status', '两联均已存档')).toContain('两联均已存档');
        await e2e.screenshot(unitPage, 'fugu-03-unit-view');

        // The community side's view of the same member.
        await communityPage.getByTestId(`reg-member-${reg.id}`).click();
        await communityPage.getByTestId('member-page').waitFor();
        expect(await textBecomes(communityPage, 'community-side', '两联均已存档')).toContain('两联均已存档');
        expect(await textBecomes(communityPage, 'unit-side', names.unitOrg!)).toContain(names.unitOrg!);
        await e2e.screenshot(communityPage, 'fugu-04-community-view');

        // The community prints the compound's board, with a QR code of its public page.
        await e2e.open(communityPage, `/c/fugu/p/fugu-dual-link/board?place=${ids.compound}`);
        await communityPage.getByTestId('board-qr').locator('canvas').waitFor();
        const publicHref = await communityPage.getByTestId('public-board-link').getAttribute('href');
        expect(publicHref).toBe(`/public/fugu/p/fugu-dual-link/boards?place=${ids.compound}`);
        await e2e.screenshot(communityPage, 'fugu-08-board-print');

        // A resident, not logged in, finds the compound among the public boards and sees the member with the
        // commitment they agreed to show.
        const resident = await e2e.newPage();
        await resident.goto(`${e2e.url}/public/fugu/p/fugu-dual-link/boards`);
        await resident.getByTestId('public-boards').waitFor();
        expect(await textBecomes(resident, 'public-city', '府谷县')).toContain('双联双管');
        await resident.getByTestId(`public-board-${ids.compound}`).click();
        await resident.getByTestId('public-board').waitFor();
        const card = resident.getByTestId('board-member').filter({ hasText: '新调入党员' });
        await card.waitFor();
        expect(await card.textContent()).toContain('每月为居民提供一次法律咨询');
        expect(await resident.getByTestId('login-username').count()).toBe(0);
        await e2e.screenshot(resident, 'fugu-09-public-board');
        // In English too; and a city without the model, or a made-up page, is a 404 page, not the login form.
        await resident.getByTestId('lang-en').click();
        expect(await textBecomes(resident, 'board-sheet', 'Supervision board')).toContain(
          'Pledge: 每月为居民提供一次法律咨询',
        );
        await resident.goto(`${e2e.url}/public/fugu/p/fugu-dual-link/nothing-here`);
        await resident.getByTestId('public-not-found').waitFor();
        await resident.goto(`${e2e.url}/public/nowhere/p/fugu-dual-link/boards`);
        await resident.getByTestId('public-not-found').waitFor();
      });

      it('the county sees the daily rule check and runs it now', async () => {
        const page = await e2e.login('fugu-admin');
        await e2e.open(page, '/c/fugu/admin/jobs');
        await page.getByTestId('jobs-page').waitFor();
        await page.getByTestId('job-run-fugu-dual-link-daily_rules').click();
        expect(await textBecomes(page, 'job-last-fugu-dual-link-daily_rules', '完成')).toMatch(
          /完成[\s\S]*通知单位 \d+ · 提交支部研究 \d+/,
        );
        const run = await (e2e.handle.db as any)
          .selectFrom('core.job_run')
          .select(['trigger', 'status'])
          .where('job_id', '=', 'daily_rules')
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        expect(run).toEqual({ trigger: 'manual', status: 'done' });
        await e2e.screenshot(page, 'fugu-10-jobs');
      });

      it('流入登记 finds the branch to place a member in by name (ui’s org picker, searched on the server)', async () => {
        const page = await e2e.login('fugu-admin');
        await e2e.open(page, '/c/fugu/p/fugu-dual-link/flowing');
        await page.getByTestId('flow-in').click();
        const search = names.community!.slice(0, 2);
        await page.getByTestId('flow-in-branch').click();
        await page.getByTestId('flow-in-branch').locator('input').fill(search);
        const options = page.locator(
          '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
        );
        await options.filter({ hasText: names.community! }).first().waitFor();
        // Every option offered matches what was typed: the list came from /orgs?q=…, not from a fixed first page.
        for (const text of await options.allTextContents()) expect(text).toContain(search);
        await options.filter({ hasText: names.community! }).first().click();
        await expect.poll(() => page.getByTestId('flow-in-branch').textContent()).toContain(names.community!);
        await page.keyboard.press('Escape');
      });

      // Each user's pages in a test of their own: 12 pages for a user fit the test timeout on a loaded machine.
      const pagesOf = (): [string, string][] => [
        ['registrations', 'registrations-page'],
        ['posts', 'posts-page'],
        ['activities', 'activities-page'],
        ['feedback', 'feedback-page'],
        ['appraisal', 'appraisal-page'],
        ['flowing', 'flowing-page'],
        ['rules', 'rules-page'],
        ['campaign', 'campaign-page'],
        ['budget', 'budget-page'],
        ['boards', 'boards-list'],
        [`board?place=${ids.compound}`, 'board-page'],
        [`member?id=${ids.member}`, 'member-page'],
      ];
      for (const user of ['fugu-admin', 'fugu-community']) {
        it(`every page opens without an error for ${user}`, async () => {
          const page = await e2e.login(user);
          for (const [path, testId] of pagesOf()) {
            await e2e.open(page, `/c/fugu/p/fugu-dual-link/${path}`);
            await page.getByTestId(testId).waitFor();
            await e2e.settle(page);
            expect(await page.getByTestId('plugin-error').count(), `${user} ${path}`).toBe(0);
            expect(await page.getByTestId('error-alert').count(), `${user} ${path}`).toBe(0);
            if (process.env.FUGU_SHOTS)
              await e2e.screenshot(page, `fugu-page-${user}-${path.replace(/[?=]/g, '-')}`);
          }
          await e2e.screenshot(page, `fugu-06-${user}-member`);
        });
      }

      it('the member opens their own page without an error', async () => {
        const member = await e2e.login('fugu-member');
        await member.getByTestId('nav-page-fugu-dual-link-me').click();
        await member.getByTestId('me-page').waitFor();
        await member.getByTestId('unit-side').waitFor();
        expect(await member.getByTestId('error-alert').count()).toBe(0);
        await e2e.screenshot(member, 'fugu-07-me');
      });

      it('the county sees the overview with its charts', async () => {
        const page = await e2e.login('fugu-admin');
        await page.getByTestId('nav-page-fugu-dual-link-home').click();
        await page.getByTestId('fugu-dashboard').waitFor();
        await page.locator('[data-testid="chart-registrations"] canvas').first().waitFor();
        expect(await textBecomes(page, 'stat-report-rate', '%')).toMatch(/\d+\.\d%/);
        await e2e.screenshot(page, 'fugu-05-overview');
      });

      it('模式管理 refuses a 党小组 maximum below the minimum, marks that field and changes nothing', async () => {
        // Each value is in its own bounds; only the model's rule over both refuses them, naming the field.
        const db = e2e.handle.db as any;
        const audited = async () =>
          (await db.selectFrom('core.audit_log').select('id').where('entity', '=', 'plugin').execute())
            .length;
        const auditedBefore = await audited();
        const page = await e2e.login('fugu-admin');
        await e2e.open(page, '/c/fugu/admin/models');
        await page.getByTestId('model-config-toggle-fugu-dual-link').click();
        await page.getByTestId('config-partyGroupMin').fill('50');
        await page.getByTestId('config-partyGroupMax').fill('40');
        await page.getByTestId('config-save-fugu-dual-link').click();
        const card = page.getByTestId('model-card-fugu-dual-link');
        expect(await textBecomes(page, 'error-alert', '上限')).toContain('党小组人数上限不能小于下限');
        await card
          .locator('[data-testid="config-item-partyGroupMax"] .ant-form-item-explain-error')
          .waitFor();
        expect(
          await card
            .locator('[data-testid="config-item-partyGroupMax"] .ant-form-item-explain-error')
            .textContent(),
        ).toContain('上限');
        expect(
          await card
            .locator('[data-testid="config-item-partyGroupMin"] .ant-form-item-explain-error')
            .count(),
        ).toBe(0);
        await e2e.screenshot(page, 'fugu-08-config-refused');
        const stored = await db
          .selectFrom('core.city_plugin as cp')
          .innerJoin('core.city as c', 'c.id', 'cp.city_id')
          .select('cp.config')
          .where('c.code', '=', 'fugu')
          .where('cp.plugin_id', '=', 'fugu-dual-link')
          .executeTakeFirstOrThrow();
        expect(stored.config?.partyGroupMax).not.toBe(40);
        expect(await audited()).toBe(auditedBefore);
      });

      it('年度评议 asks for the unit side only when its tab opens, a page at a time, and confirms a saved appraisal', async () => {
        const page = await e2e.login('fugu-admin');
        const unitViews: string[] = [];
        page.on('request', (r) => {
          if (r.url().includes('/unit-view')) unitViews.push(r.url());
        });
        await e2e.open(page, '/c/fugu/p/fugu-dual-link/appraisal');
        await page.getByTestId('appraisals').waitFor();
        await e2e.settle(page);
        expect(unitViews).toEqual([]);
        await page.getByRole('tab', { name: '三挂钩（单位方）' }).click();
        await page.locator('[data-testid="unit-view"] .ant-table-row').first().waitFor();
        expect(unitViews).toHaveLength(1);
        expect(new URL(unitViews[0]!).searchParams.get('pageSize')).toBe('20');
        await e2e.screenshot(page, 'fugu-11-unit-view');

        // Record an appraisal for the first member offered: the page says it was saved.
        await page.getByTestId('record-appraisal').click();
        await page.getByTestId('appraisal-member').click();
        await page
          .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
          .first()
          .click();
        const scores = page.locator('.ant-modal .ant-input-number-input');
        for (const [i, v] of ['90', '88', '92'].entries()) await scores.nth(i).fill(v);
        await page.getByTestId('appraisal-submit').click();
        await page.locator('.ant-message-notice', { hasText: '评议结果已保存' }).waitFor();
      });

      it('提醒与通知 fits the desktop, and it and 双向登记 fit a 390 px phone with every row’s member named', async () => {
        const desktop = await e2e.login('fugu-admin');
        await e2e.open(desktop, '/c/fugu/p/fugu-dual-link/rules');
        await desktop.getByTestId('flag-kind').waitFor();
        expect(await horizontalOverflow(desktop), 'rules at 1440 px').toBeLessThanOrEqual(0);
        await e2e.screenshot(desktop, 'fugu-12-rules');

        const phone = await e2e.login('fugu-admin', undefined, { viewport: PHONE });
        for (const [path, testId] of [
          ['rules', 'flag-kind'],
          ['registrations', 'registrations-page'],
        ] as const) {
          await e2e.open(phone, `/c/fugu/p/fugu-dual-link/${path}`);
          await phone.getByTestId(testId).waitFor();
          await e2e.settle(phone);
          expect(await horizontalOverflow(phone), `${path} at 390 px`).toBeLessThanOrEqual(0);
          await e2e.screenshot(phone, `fugu-13-phone-${path}`);
        }
        // On the phone the registrations still name the member of every row.
        await phone.locator('[data-testid^="reg-member-"]').first().waitFor();
        expect(await phone.locator('[data-testid^="reg-member-"]').first().isVisible()).toBe(true);
      });
    });
  }
});
