import { fixtures, PASSWORD } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserDatabaseKinds,
  type E2E,
  E2E_CITIES,
  e2eMissing,
  expectNoSeriousA11yViolations,
  horizontalOverflow,
  inCI,
  PHONE,
  startE2E,
  textBecomes,
} from './harness';

/** Each city's own model, whatever the harness enables there: the shell's tests name no plugin. */
const LONGYAN_MODEL = E2E_CITIES[0]!.plugins[0]!;
const GULOU_MODEL = E2E_CITIES[1]!.plugins[0]!;

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] browser tests skipped: ${missing}`);

describe.skipIf(!!missing && !inCI)('browser end-to-end: the web shell', () => {
  it('has Chromium and a built web shell', () => {
    // In CI both are installed/built first; a missing one is a failure there, not a silent skip.
    expect(missing).toBeNull();
  });

  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      let ids: { longyan: number; gulou: number };

      beforeAll(async () => {
        e2e = await startE2E({ kind });
        const cities = await e2e.handle.db.selectFrom('core.city').select(['id', 'code']).execute();
        ids = {
          longyan: cities.find((c) => c.code === 'longyan')!.id,
          gulou: cities.find((c) => c.code === 'gulou')!.id,
        };
        const f = fixtures(e2e.handle.db);
        await f.user('two-city-admin', PASSWORD, [
          { role: 'city_admin', cityId: ids.longyan },
          { role: 'city_admin', cityId: ids.gulou },
        ]);
        const community = await e2e.handle.db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', ids.gulou)
          .where('kind', '=', 'community_committee')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const fresh = await f.user('new-secretary', PASSWORD, [
          { role: 'org_admin', cityId: ids.gulou, orgId: community.id },
        ]);
        await e2e.handle.db
          .updateTable('core.app_user')
          .set({ must_change_password: true })
          .where('id', '=', fresh.id)
          .execute();
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('shows the API’s localized message for a wrong password, in the chosen language', async () => {
        const page = await e2e.newPage();
        await page.goto(e2e.url);
        // The login page: one h1 inside the main landmark, fields named by their labels, its own tab title, and
        // nothing serious for axe.
        await page.getByTestId('login-username').waitFor();
        expect(await page.title()).toBe('登录 · 基层 Jiceng');
        expect(await page.locator('main h1').textContent()).toBe('基层 Jiceng');
        expect(await page.getByRole('textbox', { name: '用户名' }).getAttribute('data-testid')).toBe(
          'login-username',
        );
        await expectNoSeriousA11yViolations(page, 'login page');
        await page.getByTestId('login-username').fill('two-city-admin');
        await page.getByTestId('login-password').fill('not-the-password');
        await page.getByTestId('login-submit').click();
        expect(await textBecomes(page, 'error-alert', '用户名或密码错误')).toContain('用户名或密码错误');
        await e2e.screenshot(page, '01-login-error');
        await page.getByTestId('lang-en').click();
        await page.getByTestId('login-submit').click();
        expect(await textBecomes(page, 'error-alert', 'Wrong username or password')).toContain(
          'Wrong username or password',
        );
      });

      it('a city admin of two cities switches city, expands the org tree and opens a member', async () => {
        const db = e2e.handle.db;
        const page = await e2e.login('two-city-admin', PASSWORD);
        await page.waitForURL(/\/c\/longyan\/?$/);
        // 84 members per small city: 60 in service + 10 retired + 10 resident + 4 flowing.
        expect(await textBecomes(page, 'stat-members', '84')).toContain('84');
        expect(await page.getByTestId('city-switcher').textContent()).toContain('龙岩市');
        await e2e.screenshot(page, '02-overview-longyan');

        await page.getByTestId('city-switcher').click();
        await page.getByTestId('city-option-gulou').click();
        await page.waitForURL(/\/c\/gulou\/?$/);
        expect(await textBecomes(page, 'page-title', '福州市鼓楼区')).toContain('福州市鼓楼区');
        // Gulou runs its own model, listed from the API's plugin settings; Longyan's model is not offered here.
        await page.getByTestId(`model-${GULOU_MODEL}`).waitFor();
        expect(await page.getByTestId(`model-${LONGYAN_MODEL}`).count()).toBe(0);
        expect(await page.getByTestId(`nav-plugin-${LONGYAN_MODEL}`).count()).toBe(0);
        await e2e.screenshot(page, '03-overview-gulou');

        // The first street, and its community with the most members (subtree counts, as the tree shows them).
        const street = await db
          .selectFrom('core.org')
          .select(['id', 'name', 'path'])
          .where('city_id', '=', ids.gulou)
          .where('kind', '=', 'street_working_committee')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        const orgs = await db
          .selectFrom('core.org')
          .select(['id', 'name', 'path', 'parent_id'])
          .where('city_id', '=', ids.gulou)
          .execute();
        const members = await db
          .selectFrom('core.member')
          .select(['org_id'])
          .where('city_id', '=', ids.gulou)
          .where('active', '=', true)
          .execute();
        const pathOf = new Map(orgs.map((o) => [o.id, o.path]));
        const community = orgs
          .filter((o) => o.parent_id === street.id)
          .map((o) => ({ ...o, n: members.filter((m) => pathOf.get(m.org_id)!.startsWith(o.path)).length }))
          .sort((x, y) => y.n - x.n || x.id - y.id)[0]!;
        expect(community.n).toBeGreaterThan(0);

        await page.getByTestId('nav-orgs').click();
        await page.getByTestId(`org-node-${street.id}`).waitFor(); // the single root opens by itself
        expect(await page.getByTestId(`org-node-${community.id}`).count()).toBe(0);
        await page
          .locator('.ant-tree-treenode', { has: page.getByTestId(`org-node-${street.id}`) })
          .locator('.ant-tree-switcher')
          .click();
        await page.getByTestId(`org-node-${community.id}`).waitFor();
        // The node shows the subtree's member count next to its name.
        expect(await page.getByTestId(`org-node-${community.id}`).textContent()).toContain(
          String(community.n),
        );
        await e2e.screenshot(page, '04-org-tree-expanded');

        await page.getByTestId(`org-node-${community.id}`).click();
        expect(await textBecomes(page, 'org-detail-name', community.name)).toBe(community.name);
        const first = await db
          .selectFrom('core.member as m')
          .innerJoin('core.org as o', (j) =>
            j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
          )
          .select(['m.id', 'm.name', 'o.name as orgName'])
          .where('m.city_id', '=', ids.gulou)
          .where('m.active', '=', true)
          .where('o.path', 'like', `${community.path}%`)
          .orderBy('m.id')
          .executeTakeFirstOrThrow();
        const firstRow = page.getByTestId('member-row').first();
        await firstRow.waitFor();
        expect(await firstRow.getAttribute('data-member-id')).toBe(String(first.id));
        expect(await page.getByTestId('member-row').count()).toBe(Math.min(community.n, 10));
        await firstRow.click();
        expect(await textBecomes(page, 'member-name', first.name)).toBe(first.name);
        // 组织关系 is the org holding the membership.
        expect(await page.getByTestId('member-org-relation').textContent()).toBe(first.orgName);
        await e2e.screenshot(page, '05-member-drawer');
        await page.keyboard.press('Escape');

        // The members page: all 84, and a search by the full ID number finds exactly that member.
        const target = await db
          .selectFrom('core.member')
          .select(['id', 'name', 'id_number'])
          .where('city_id', '=', ids.gulou)
          .where('category', '=', 'flowing')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        await page.getByTestId('nav-members').click();
        await page.waitForURL(/\/c\/gulou\/members$/);
        expect(await textBecomes(page, 'members-table', '共 84 条')).toContain('共 84 条');
        await page.getByTestId('members-search').locator('input').fill(target.id_number);
        await page.getByTestId('members-search').locator('input').press('Enter');
        expect(await textBecomes(page, 'members-table', '共 1 条')).toContain('共 1 条');
        expect(await page.getByTestId('member-row').count()).toBe(1);
        expect(await page.getByTestId('member-row').getAttribute('data-member-id')).toBe(String(target.id));
        expect(await page.getByTestId('member-row').textContent()).toContain('流动党员');
        await e2e.screenshot(page, '06-members-search');
      });

      it('finds organizations by name in the org tree', async () => {
        const orgs = await e2e.handle.db
          .selectFrom('core.org')
          .select(['id', 'name', 'kind'])
          .where('city_id', '=', ids.longyan)
          .orderBy('id')
          .execute();
        const communities = orgs.filter((o) => o.kind === 'community_committee');
        expect(communities).toHaveLength(4); // smallCitySpec: 4 communities
        const target = communities[2]!;
        const matching = orgs.filter((o) => o.name.includes(target.name));
        const page = await e2e.login('longyan-admin');
        await page.getByTestId('nav-orgs').click();
        await page.getByTestId('org-tree').waitFor();
        await page.getByTestId('org-search').locator('input').fill(target.name);
        await page.getByTestId('org-search').locator('input').press('Enter');
        await page.getByTestId('org-search-results').waitFor();
        expect(await page.getByTestId('org-search-result').count()).toBe(matching.length);
        await page.getByTestId('org-search-result').filter({ hasText: target.name }).first().click();
        expect(await textBecomes(page, 'org-detail-name', target.name)).toBe(target.name);
        await e2e.screenshot(page, '07-org-search');
      });

      it('the org tree fits a 390 px phone', async () => {
        const phone = await e2e.login('gulou-admin', undefined, { viewport: PHONE });
        await phone.goto(`${e2e.url}/c/gulou/orgs`);
        await phone.getByTestId('org-tree').waitFor();
        await phone.waitForLoadState('networkidle');
        expect(await horizontalOverflow(phone), 'org tree at 390 px').toBeLessThanOrEqual(0);
        await e2e.screenshot(phone, '07b-org-tree-phone');
      });

      it('lists the city’s model pages in the navigation and opens them inside the shell', async () => {
        const page = await e2e.login('longyan-admin');
        await page.getByTestId(`nav-plugin-${LONGYAN_MODEL}`).waitFor();
        expect(await page.getByTestId(`nav-plugin-${GULOU_MODEL}`).count()).toBe(0);
        const first = page.locator(`[data-testid^="nav-page-${LONGYAN_MODEL}-"]`).first();
        await first.click();
        await page.waitForURL(new RegExp(`/c/longyan/p/${LONGYAN_MODEL}(/|$)`));
        // The page renders inside the shell's frame (its own content or, if it throws, the shell's error box).
        await page.getByTestId(`plugin-page-${LONGYAN_MODEL}`).waitFor();
        expect(await page.getByTestId('nav-overview').count()).toBe(1);
        // Where am I: the breadcrumb reads city › model › page, the tab says "page · city · 基层", and the page's
        // name is the document's one h1; the menu is the navigation landmark.
        const model = (await page.getByTestId(`nav-plugin-${LONGYAN_MODEL}`).textContent())!.trim();
        const pageName = (await first.textContent())!.trim();
        const crumbs = await page
          .locator('[data-testid="breadcrumb"] li')
          .evaluateAll((els) => els.map((e) => e.textContent?.trim()).filter((text) => text && text !== '/'));
        expect(crumbs).toEqual(['龙岩市', model, pageName]);
        expect(await page.title()).toBe(`${pageName} · 龙岩市 · 基层`);
        expect(await page.locator('h1').allTextContents()).toEqual([pageName]);
        expect(await page.getByRole('navigation', { name: '主导航' }).getByTestId('nav').count()).toBe(1);
        await expectNoSeriousA11yViolations(page, `${LONGYAN_MODEL} page for a city admin`);
        await e2e.screenshot(page, '08-plugin-page');
      });

      it('switches to English and keeps the choice after a reload', async () => {
        const page = await e2e.login('longyan-admin');
        expect(await page.getByTestId('nav-orgs').textContent()).toBe('组织树');
        await page.getByTestId('lang-en').click();
        expect(await textBecomes(page, 'nav-orgs', 'Org tree')).toBe('Org tree');
        expect(await textBecomes(page, 'stat-members', 'Members')).toContain('Members');
        await page.reload();
        expect(await textBecomes(page, 'nav-orgs', 'Org tree')).toBe('Org tree');
        await e2e.screenshot(page, '09-english');
        await page.getByTestId('lang-zh').click();
        expect(await textBecomes(page, 'nav-orgs', '组织树')).toBe('组织树');
      });

      it('a member sees their own record and no admin pages', async () => {
        const own = await e2e.handle.db
          .selectFrom('core.app_user as u')
          .innerJoin('core.member as m', (j) => j.onRef('m.id', '=', 'u.member_id'))
          .select(['m.name', 'm.id'])
          .where('u.username', '=', 'longyan-member')
          .executeTakeFirstOrThrow();
        const page = await e2e.login('longyan-member');
        expect(await textBecomes(page, 'member-name', own.name)).toBe(own.name);
        expect(await page.getByTestId('nav-orgs').count()).toBe(0);
        expect(await page.getByTestId('nav-members').count()).toBe(0);
        expect(await page.title()).toBe('概览 · 龙岩市 · 基层');
        await expectNoSeriousA11yViolations(page, 'member home');
        await e2e.screenshot(page, '10-member-self');
        // The admin pages send a member back to their overview.
        await page.goto(`${e2e.url}/c/longyan/members`);
        await page.waitForURL(/\/c\/longyan$/);
        expect(await page.getByTestId('member-row').count()).toBe(0);
      });

      it('an account with its initial password must change it first', async () => {
        const page = await e2e.login('new-secretary', PASSWORD);
        await page.getByTestId('change-password').waitFor();
        await page.getByTestId('password-current').fill(PASSWORD);
        await page.getByTestId('password-new').fill('a-new-password-42');
        await page.getByTestId('password-confirm').fill('a-new-password-42');
        await page.getByTestId('password-submit').click();
        await page.getByTestId('nav').waitFor();
        expect(await page.getByTestId('access-tag').textContent()).toBe('组织管理员');
        await e2e.screenshot(page, '11-password-changed');
        const row = await e2e.handle.db
          .selectFrom('core.app_user')
          .select('must_change_password')
          .where('username', '=', 'new-secretary')
          .executeTakeFirstOrThrow();
        expect(row.must_change_password).toBe(false);
      });

      it('ran every page above under the shell’s Content-Security-Policy without a violation', async () => {
        const res = await fetch(`${e2e.url}/c/longyan`);
        expect(res.headers.get('content-security-policy')).toMatch(
          /script-src 'self'.*frame-ancestors 'none'/,
        );
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(e2e.cspViolations()).toEqual([]);
      });
    });
  }
});
