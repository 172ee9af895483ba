import {
  type E2E,
  e2eMissing,
  fixtures,
  horizontalOverflow,
  inCI,
  PASSWORD,
  type Page,
  PHONE,
  smallCitySpec,
  startE2E,
  browserDatabaseKinds,
} from '@jiceng/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JinanTables } from '../src/server/db';

/** The test database with this plugin's tables typed (withTables takes a type alias, so the interface is mapped). */
const typedDb = (e2e: E2E) => e2e.handle.db.withTables<{ [K in keyof JinanTables]: JinanTables[K] }>();

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] jinan-standards browser tests skipped: ${missing}`);

/** A small Jinan with all five community types; its seed leaves the secretary's community 3 standards short. */
const JINAN = {
  ...smallCitySpec('jinan', ['jinan-standards']),
  nameZh: '济南市',
  nameEn: 'Jinan',
  committeeName: '中共济南市委',
  communities: 5,
  compounds: 15,
  communityAttributes: {
    community_type: { open: 1, closed: 1, village_converted: 1, urban_rural: 1, county_town: 1 },
  },
};

async function textBecomes(page: Page, testId: string, expected: string | RegExp, timeout = 10_000) {
  const locator = page.getByTestId(testId).first();
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await locator.textContent().catch(() => '')) ?? '').trim();
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) break;
    await page.waitForTimeout(100);
  }
  return text;
}

/**
 * Clicks a button whose Popconfirm asks first, then waits for the state it leads to. On a busy machine the
 * confirmation may open mid-animation and a click land on nothing (seen once in CI on PostgreSQL), so the step is
 * tried again while the button is still offered; the database is checked afterwards either way.
 */
async function confirmStep(page: Page, action: string, reached: string) {
  for (let attempt = 1; ; attempt++) {
    const button = page.getByTestId(action);
    if (await button.isVisible()) {
      await button.click();
      await page
        .getByTestId(`${action}-confirm`)
        .click({ timeout: 10_000 })
        .catch(() => {});
    }
    try {
      await page.getByTestId(reached).first().waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: jinan-standards (30-standard checklist)', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      let cityId: number;
      let assessment: { id: number; placeId: number; open: string[]; graded: string[] };

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [JINAN], strictPluginSeeds: true });
        const db = typedDb(e2e);
        cityId = (
          await db.selectFrom('core.city').select('id').where('code', '=', 'jinan').executeTakeFirstOrThrow()
        ).id;
        // The demo secretary (jinan-community) administers the first community org; find its current assessment.
        const grant = await db
          .selectFrom('core.role_grant as g')
          .innerJoin('core.app_user as u', 'u.id', 'g.user_id')
          .select('g.org_id')
          .where('u.username', '=', 'jinan-community')
          .executeTakeFirstOrThrow();
        const a = await db
          .selectFrom('p_jinan_standards.assessment as a')
          .innerJoin('p_jinan_standards.campaign as c', (j) =>
            j.onRef('c.city_id', '=', 'a.city_id').onRef('c.id', '=', 'a.campaign_id'),
          )
          .select(['a.id', 'a.community_place_id', 'a.state'])
          .where('a.city_id', '=', cityId)
          .where('a.community_org_id', '=', grant.org_id)
          .orderBy('c.period_to', 'desc')
          .executeTakeFirstOrThrow();
        expect(a.state).toBe('in_progress');
        const open = await db
          .selectFrom('p_jinan_standards.result as r')
          .innerJoin('p_jinan_standards.standard as s', (j) =>
            j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
          )
          .select(['s.code', 's.scoring_rule'])
          .where('r.city_id', '=', cityId)
          .where('r.assessment_id', '=', a.id)
          .where('r.self_result', 'is', null)
          .orderBy('s.seq')
          .execute();
        assessment = {
          id: a.id,
          placeId: a.community_place_id,
          open: open.map((o: any) => o.code),
          graded: open.filter((o: any) => o.scoring_rule === 'graded').map((o: any) => o.code),
        };
        expect(assessment.open).toHaveLength(3);
        // A street secretary for the review half of the flow.
        const street = await db
          .selectFrom('core.org')
          .select('parent_id')
          .where('city_id', '=', cityId)
          .where('id', '=', grant.org_id)
          .executeTakeFirstOrThrow();
        await fixtures(e2e.handle.db).user('jinan-street', PASSWORD, [
          { role: 'org_admin', cityId, orgId: street.parent_id },
        ]);
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('a community secretary fills the last standards (a partly-met without a score is refused), submits for review and sees the radar', async () => {
        const page = await e2e.login('jinan-community');
        await page.getByTestId('nav-page-jinan-standards-assessments').click();
        await page.waitForURL(/\/c\/jinan\/p\/jinan-standards\/assessments/);
        await page.getByTestId(`open-assessment-${assessment.placeId}`).click();
        await page.getByTestId('assessment-detail').waitFor();
        expect(await page.getByTestId('state-in_progress').count()).toBeGreaterThan(0);
        const total = Number(/(\d+)\/(\d+)/.exec(await textBecomes(page, 'progress', /\d+\/\d+/))![2]);
        expect(await textBecomes(page, 'progress', `${total - 3}/${total}`)).toContain(
          `${total - 3}/${total}`,
        );
        // The submit button waits for the missing standards.
        expect(await page.getByTestId('submit').isDisabled()).toBe(true);
        await e2e.screenshot(page, 'jinan-01-assessment-open');

        // "Partly met" without a score is refused with the API's reason under the row, and nothing is saved.
        const graded = assessment.graded[0];
        if (graded) {
          await page.getByTestId(`result-${graded}-partly`).click();
          await page.getByTestId(`save-${graded}`).click();
          expect(await textBecomes(page, `error-${graded}`, '基本达标须填写得分')).toContain(
            '基本达标须填写得分',
          );
          expect(await textBecomes(page, 'progress', `${total - 3}/${total}`)).toContain(
            `${total - 3}/${total}`,
          );
        }

        // Fill the three standards as met, one click and one save each.
        for (const code of assessment.open) {
          await page.getByTestId(`result-${code}-met`).click();
          await page.getByTestId(`save-${code}`).click();
          await page.waitForFunction(
            (c) =>
              !document.querySelector(`[data-testid="save-${c}"]`)?.classList.contains('ant-btn-loading'),
            code,
          );
        }
        expect(await textBecomes(page, 'progress', `${total}/${total}`)).toContain(`${total}/${total}`);
        await confirmStep(page, 'submit', 'state-in_review');
        // The radar of the 8 areas is drawn.
        await page.locator('[data-testid="radar"] canvas').first().waitFor();
        await e2e.screenshot(page, 'jinan-02-submitted-radar');
        const row = await typedDb(e2e)
          .selectFrom('p_jinan_standards.assessment')
          .select(['state', 'submitted_at'])
          .where('id', '=', assessment.id)
          .executeTakeFirstOrThrow();
        expect(row.state).toBe('in_review');
        expect(row.submitted_at).not.toBeNull();
        // In review the secretary can no longer edit.
        expect(await page.getByTestId(`save-${assessment.open[0]}`).count()).toBe(0);
      });

      it('the street approves it, which locks it and raises rectification items for unmet standards', async () => {
        const page = await e2e.login('jinan-street', PASSWORD);
        await e2e.open(page, `/c/jinan/p/jinan-standards/assessments?assessment=${assessment.id}`);
        await page.getByTestId('assessment-detail').waitFor();
        await confirmStep(page, 'approve', 'state-done');
        await e2e.screenshot(page, 'jinan-03-approved');
        const db = typedDb(e2e);
        const unmet = await db
          .selectFrom('p_jinan_standards.result')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('assessment_id', '=', assessment.id)
          .where((eb) => eb(eb.fn.coalesce('review_result', 'self_result'), 'in', ['not_met', 'partly']))
          .executeTakeFirstOrThrow();
        const rect = await db
          .selectFrom('p_jinan_standards.rectification')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('assessment_id', '=', assessment.id)
          .executeTakeFirstOrThrow();
        expect(Number(rect.n)).toBe(Number(unmet.n));
      });

      it('the organization department sees the imbalance view: heat table, weakest standards, area spread', async () => {
        const page = await e2e.login('jinan-admin');
        await page.getByTestId('nav-page-jinan-standards-home').click();
        await page.getByTestId('jinan-dashboard').waitFor();
        await page.getByTestId('heat-table').waitFor();
        await page.locator('[data-testid="area-boxplot"] canvas').first().waitFor();
        await page.locator('[data-testid="dashboard-radar"] canvas').first().waitFor();
        expect(await page.getByTestId('weakest-standards').locator('tbody tr').count()).toBeGreaterThan(0);
        // Five communities assessed in the last finished campaign.
        expect(await textBecomes(page, 'stat-communities', '5')).toContain('5');
        await e2e.screenshot(page, 'jinan-04-dashboard');
      });

      it('标准库 fits a 390 px phone', async () => {
        const phone = await e2e.login('jinan-admin', undefined, { viewport: PHONE });
        await e2e.open(phone, `/c/jinan/p/jinan-standards/templates`);
        await phone.getByTestId('template-items').waitFor();
        await e2e.settle(phone);
        expect(await horizontalOverflow(phone), 'templates at 390 px').toBeLessThanOrEqual(0);
        await e2e.screenshot(phone, 'jinan-05-phone-templates');
      });
    });
  }
});
