import {
  type E2E,
  e2eMissing,
  fixtures,
  inCI,
  type Page,
  pageErrors,
  smallCitySpec,
  startE2E,
  submitEmptyDialog,
  browserDatabaseKinds,
} from '@jiceng/e2e';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] luqiao-regional browser tests skipped: ${missing}`);

/** A small Luqiao (2 streets, 4 communities, 6 units); its seed draws one region, 示范商务区, in the first street. */
const LUQIAO = {
  ...smallCitySpec('luqiao', ['luqiao-regional']),
  nameZh: '台州市路桥区',
  nameEn: 'Luqiao, Taizhou',
  level: 'district' as const,
  committeeName: '中共台州市路桥区委',
};

async function textBecomes(page: Page, testId: string, expected: string, timeout = 10_000) {
  const locator = page.getByTestId(testId).first();
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent().catch(() => '')) ?? '').trim();
    if (text.includes(expected)) break;
    await page.waitForTimeout(100);
  }
  return text;
}

/**
 * Opens an antd Select by its test id and picks the option showing `text`. A multiple select is searched first and
 * closed by clicking the dialog's title (Escape would close the dialog itself); it waits until the list is closed.
 */
async function choose(page: Page, testId: string, text: string, multiple = false) {
  const select = page.getByTestId(testId);
  const input = select.locator('input').first();
  // On a loaded machine a click can land while the filtered list re-renders; retry until the choice shows.
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    if (multiple) await input.fill(text);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: text,
      })
      .first()
      .click();
    for (let i = 0; i < 50 && (await input.getAttribute('aria-expanded')) === 'true'; i++) {
      if (multiple && i % 10 === 0) await page.locator('.ant-modal-title').click();
      await page.waitForTimeout(100);
    }
    if (!multiple || ((await select.textContent()) ?? '').includes(text)) break;
  }
  expect(await input.getAttribute('aria-expanded')).not.toBe('true');
  if (multiple) expect(await select.textContent()).toContain(text);
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: luqiao-regional (1+N+1)', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      const orgs: Record<string, number> = {};

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [LUQIAO], strictPluginSeeds: true });
        const db = e2e.handle.db as any;
        const city = await db
          .selectFrom('core.city')
          .select('id')
          .where('code', '=', 'luqiao')
          .executeTakeFirstOrThrow();
        const street = await db
          .selectFrom('core.org')
          .select(['id', 'name'])
          .where('city_id', '=', city.id)
          .where('kind', '=', 'street_working_committee')
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        orgs.street = street.id;
        // In the second street: an enterprise with its own branch and a bureau with its committee, both in no region.
        const f = fixtures(e2e.handle.db);
        const firm = await f.org(city.id, 'unit_branch', '汇丰塑料有限公司党支部', street.id);
        await f.unit(city.id, '汇丰塑料有限公司', firm.id, 'enterprise');
        const bureau = await f.org(city.id, 'unit_committee', '区税务局党委', street.id);
        await f.unit(city.id, '区税务局', bureau.id, 'organ');
        await f.unit(city.id, '金桥五金店', null, 'new_economic');
        orgs.firm = firm.id;
        orgs.bureau = bureau.id;
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('the organization department draws a region, is refused a government org, moves the N and sees the 1+N+1 tree', async () => {
        const page = await e2e.login('luqiao-admin');
        await page.getByTestId('nav-page-luqiao-regional-structure').click();
        await page.getByTestId('structure-page').waitFor();
        // The seeded region is drawn first.
        await page.locator('[data-testid="structure-tree"] canvas').first().waitFor();
        expect(await textBecomes(page, 'node-regional', '示范商务区联合党委')).toContain(
          '示范商务区联合党委',
        );

        // Draw a new region in the second street with the three units.
        await page.getByTestId('new-region').click();
        await page.getByTestId('region-name').fill('汇丰工业集聚区');
        await choose(page, 'region-kind', '工业集聚区');
        await choose(page, 'region-town', '党工委');
        for (const unit of ['汇丰塑料有限公司', '区税务局', '金桥五金店'])
          await choose(page, 'region-units', unit, true);
        await page.getByTestId('region-submit').click();
        expect(await textBecomes(page, 'node-regional', '汇丰工业集聚区联合党委')).toContain(
          '汇丰工业集聚区联合党委',
        );
        expect(await textBecomes(page, 'node-centre', '汇丰工业集聚区党员服务中心党支部')).toContain(
          '党员服务中心党支部',
        );

        // The bureau's committee is marked as staying where it is; trying to move it is refused with the reason.
        expect(await textBecomes(page, `refusal-${orgs.bureau}`, '行政事业单位党组织')).toContain(
          '行政事业单位党组织',
        );
        await page.getByTestId(`pick-${orgs.firm}`).check();
        await page.getByTestId(`pick-${orgs.bureau}`).check();
        await page.getByTestId('move-n').click();
        expect(await textBecomes(page, 'move-error', '行政事业单位党组织')).toContain('行政事业单位党组织');
        await e2e.screenshot(page, 'luqiao-01-refused');

        // Without it the move goes through: the firm's branch is drawn under the regional org.
        await page.getByTestId(`pick-${orgs.bureau}`).uncheck();
        await page.getByTestId('move-n').click();
        await page.getByTestId(`node-n-${orgs.firm}`).waitFor();
        expect(await textBecomes(page, `node-n-${orgs.firm}`, '汇丰塑料有限公司党支部')).toContain(
          '汇丰塑料有限公司党支部',
        );
        await page.getByTestId(`return-${orgs.firm}`).waitFor();
        await page.locator('[data-testid="structure-tree"] canvas').first().waitFor();
        await e2e.screenshot(page, 'luqiao-02-structure');

        const db = e2e.handle.db as any;
        const region = await db
          .selectFrom('p_luqiao_regional.region')
          .select(['id', 'regional_org_id'])
          .where('name', '=', '汇丰工业集聚区')
          .executeTakeFirstOrThrow();
        const firm = await db
          .selectFrom('core.org')
          .select('parent_id')
          .where('id', '=', orgs.firm)
          .executeTakeFirstOrThrow();
        expect(firm.parent_id).toBe(region.regional_org_id);
        const move = await db
          .selectFrom('p_luqiao_regional.n_org_move')
          .select(['previous_parent_id', 'returned_at'])
          .where('org_id', '=', orgs.firm)
          .executeTakeFirstOrThrow();
        expect(move).toEqual({ previous_parent_id: orgs.street, returned_at: null });
        const bureau = await db
          .selectFrom('core.org')
          .select('parent_id')
          .where('id', '=', orgs.bureau)
          .executeTakeFirstOrThrow();
        expect(bureau.parent_id).toBe(orgs.street);
      });

      it('the overview draws coverage by region and the council page its scoreboard', async () => {
        const page = await e2e.login('luqiao-admin');
        await page.getByTestId('nav-page-luqiao-regional-home').click();
        await page.getByTestId('luqiao-dashboard').waitFor();
        await page.locator('[data-testid="coverage-chart"] canvas').first().waitFor();
        expect(await textBecomes(page, 'total-regions', '2')).toContain('2');
        expect(await page.getByTestId('coverage-table').locator('tbody tr').count()).toBe(2);
        await e2e.screenshot(page, 'luqiao-03-overview');
        await page.getByTestId('nav-page-luqiao-regional-council').click();
        await page.locator('[data-testid="scoreboard-chart"] canvas').first().waitFor();
        expect(await page.getByTestId('scoreboard').locator('tbody tr').count()).toBeGreaterThan(1);
        await e2e.screenshot(page, 'luqiao-04-council');
      });

      it('the service centres page shows the time limit from the city’s config: the default, then the one set', async () => {
        const page = await e2e.login('luqiao-admin');
        // Straight to the page: this test is about the config reaching it (the menu is walked by the other tests).
        await e2e.open(page, `/c/luqiao/p/luqiao-regional/centres`);
        await page.getByTestId('centres-page').waitFor();
        await page.getByText('默认 5 天办结').waitFor();
        // As 模式管理 saves it (the form itself is covered by the administration test).
        const saved = await page.request.put(`${e2e.url}/api/cities/luqiao/plugin-settings/luqiao-regional`, {
          data: { config: { timeLimitDays: 7 } },
        });
        expect(saved.status(), await saved.text()).toBe(200);
        await page.reload();
        await page.getByTestId('centres-page').waitFor();
        await page.getByText('默认 7 天办结').waitFor();
        expect(await page.getByText('默认 5 天办结').count()).toBe(0);
        await e2e.screenshot(page, 'luqiao-05-time-limit');
      });

      it('a member logs service in the region on their page (奉献双岗位) and the region’s org confirms it', async () => {
        const record = async () =>
          (
            await sql<{ id: number; status: string; hours: string }>`
              select id, status, hours::text as hours from p_luqiao_regional.service_record
               where content = '清理商圈小广告'`.execute(e2e.handle.db)
          ).rows;
        const member = await e2e.login('luqiao-member');
        const errors = pageErrors(member);
        await member.getByTestId('nav-page-luqiao-regional-me').click();
        await member.getByTestId('register-self').click();
        await member.getByTestId('my-registration').waitFor();
        await member.getByTestId('service-form').getByRole('spinbutton').fill('2.5');
        await member.getByTestId('service-content').fill('清理商圈小广告');
        await member.getByTestId('service-submit').click();
        expect(await textBecomes(member, 'my-services', '清理商圈小广告')).toContain('待确认');
        const [rec] = await record();
        expect(rec).toMatchObject({ status: 'submitted', hours: '2.5' });

        const page = await e2e.login('luqiao-admin');
        const adminErrors = pageErrors(page);
        await page.getByTestId('nav-page-luqiao-regional-registration').click();
        await page.getByTestId('registration-page').waitFor();
        await choose(page, 'region-select', '示范商务区');
        expect(await textBecomes(page, 'service-review', '清理商圈小广告')).toContain('2.5');
        await page.getByTestId(`service-confirm-${rec!.id}`).click();
        // Decided rows leave the "awaiting" list.
        await page.getByTestId(`service-confirm-${rec!.id}`).waitFor({ state: 'detached' });
        expect((await record())[0]!.status).toBe('confirmed');
        expect([...errors, ...adminErrors]).toEqual([]);
      });

      it('a new region submitted empty names its fields in the dialog and raises no page error', async () => {
        const page = await e2e.login('luqiao-admin');
        const errors = pageErrors(page);
        await e2e.open(page, `/c/luqiao/p/luqiao-regional/structure`);
        await page.getByTestId('new-region').click();
        expect(await submitEmptyDialog(page, 'region-submit')).not.toBe('');
        expect(errors).toEqual([]);
      });
    });
  }
});
