import {
  DEMO_PASSWORD,
  type E2E,
  e2eMissing,
  fixtures,
  inCI,
  PHONE,
  smallCitySpec,
  startE2E,
  browserDatabaseKinds,
  textBecomes,
} from '@jiceng/e2e';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] longyan-return-home 待办 browser tests skipped: ${missing}`);

/** A small Longyan (2 streets, 4 communities, 12 compounds, 6 units), as tests/e2e/longyan-return-home.test.ts. */
const LONGYAN = {
  ...smallCitySpec('longyan', ['longyan-return-home']),
  nameZh: '龙岩市',
  nameEn: 'Longyan',
  committeeName: '中共龙岩市委',
};

/** The line of the home that counts the community's reports waiting for 线下确认. */
const LINE = 'work-longyan-return-home-reports_to_confirm';

describe.skipIf(!!missing && !inCI)('browser end-to-end: the 待办 home (longyan-return-home)', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      let cityId: number;
      let communityOrgId: number;
      let period: string;
      /** One builder for the file: it numbers the members' ID cards, so a second builder would repeat them. */
      let f: ReturnType<typeof fixtures>;
      const added: { reportId: number; certificateNo: string }[] = [];

      /**
       * Counted here, not by the plugin: this period's reports to the community that are still online and carry a
       * 报到证 — what the confirm route accepts, and what only that community's org may confirm.
       */
      const toConfirm = async () =>
        Number(
          (
            await sql<{ n: unknown }>`select count(*) as n from p_longyan_return_home.report
              where city_id = ${cityId} and community_org_id = ${communityOrgId} and period = ${period}
                and status = 'online' and certificate_no is not null`.execute(e2e.handle.db)
          ).rows[0]!.n,
        );

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [LONGYAN], strictPluginSeeds: true });
        const db = e2e.handle.db;
        const grant = (
          await sql<{ city_id: number; org_id: number }>`select g.city_id, g.org_id from core.role_grant g
            join core.app_user u on u.id = g.user_id where u.username = 'longyan-community'`.execute(db)
        ).rows[0]!;
        cityId = grant.city_id;
        communityOrgId = grant.org_id;
        // The seed reports nearly every in-service member this year and confirms nearly all of them (a report older
        // than two weeks is confirmed 99.3% of the time), so it leaves the community none or very few to confirm.
        // The year the seed and the server use (the real clock, in China's calendar).
        period = (
          await sql<{
            period: string;
          }>`select max(period) as period from p_longyan_return_home.report where city_id = ${cityId}`.execute(
            db,
          )
        ).rows[0]!.period;
        const seeded = await toConfirm();
        expect(seeded).toBeLessThan(5);
        // Two newcomers whose unit issued their 报到证 today: two more reports for the secretary.
        const unit = (
          await sql<{
            id: number;
            org_id: number;
          }>`select id, org_id from core.unit where city_id = ${cityId} order by id limit 1`.execute(db)
        ).rows[0]!;
        f = fixtures(db);
        for (const name of ['待确认甲', '待确认乙']) {
          const m = await f.member(cityId, unit.org_id, { name, unit_id: unit.id, category: 'in_service' });
          // The first newcomer has an account: the one whose report is confirmed below, told in the bell.
          if (name === '待确认甲')
            await f.user('longyan-work-confirmed', DEMO_PASSWORD, [{ role: 'member', cityId }], m.id);
          const certificateNo = `LYBD${period}${String(m.id).padStart(7, '0')}E2E0`;
          const r = await sql<{ id: number }>`insert into p_longyan_return_home.report
              (city_id, member_id, period, community_org_id, rule, issuer_org_id, status, reported_at, certificate_no, certificate_issued_at)
              values (${cityId}, ${m.id}, ${period}, ${communityOrgId}, 'co_building', ${unit.org_id}, 'online', now(), ${certificateNo}, now())
              returning id`.execute(db);
          added.push({ reportId: r.rows[0]!.id, certificateNo });
        }
        expect(await toConfirm()).toBe(seeded + 2);
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('a community secretary lands on what they must do, confirms a report, the count goes down and the member is told', async () => {
        const before = await toConfirm();
        const page = await e2e.login('longyan-community');
        // The landing shows the 待办 first, with the count the database gives.
        await page.getByTestId('work-home').waitFor();
        expect(await textBecomes(page, `${LINE}-count`, String(before))).toBe(String(before));
        expect(await page.getByTestId(LINE).textContent()).toContain('待线下确认的报到');
        await e2e.screenshot(page, 'work-home-01-secretary');

        // Its button opens the model's reports page, where the secretary checks the 报到证 and confirms.
        await page.getByTestId(`${LINE}-go`).click();
        await page.getByTestId('reports-page').waitFor();
        const { reportId, certificateNo } = added[0]!;
        await page.getByTestId(`confirm-report-${reportId}`).click();
        await page.getByTestId('confirm-certificate-no').fill(certificateNo);
        await page.getByTestId('confirm-submit').click();
        await page.getByTestId(`confirm-report-${reportId}`).waitFor({ state: 'detached' });
        expect(await toConfirm()).toBe(before - 1);

        // Back on the landing: one fewer.
        await page.goto(`${e2e.url}/c/longyan`);
        await page.getByTestId('work-home').waitFor();
        expect(await textBecomes(page, `${LINE}-count`, String(before - 1))).toBe(String(before - 1));

        // The member whose report it was finds it under the bell: one unread notice saying so.
        const member = await e2e.login('longyan-work-confirmed');
        await member.waitForFunction(
          () =>
            document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-unread') === '1',
        );
        await member.getByTestId('notification-bell').click();
        await member.getByTestId('notification').filter({ hasText: '您的报到已线下确认' }).waitFor();
      });

      it('a member who has not reported sees it as a one-tap task on a phone', async () => {
        const db = e2e.handle.db;
        // A newcomer living in a compound of the secretary's community: the rule sends them there.
        const compound = (
          await sql<{
            id: number;
          }>`select p.id from core.place p join core.org o on o.city_id = p.city_id and o.place_id = p.parent_id
            where o.city_id = ${cityId} and o.id = ${communityOrgId} and p.kind = 'compound' order by p.id limit 1`.execute(
            db,
          )
        ).rows[0]!;
        const unit = (
          await sql<{
            id: number;
            org_id: number;
          }>`select id, org_id from core.unit where city_id = ${cityId} order by id limit 1`.execute(db)
        ).rows[0]!;
        const m = await f.member(cityId, unit.org_id, {
          name: '新来党员',
          unit_id: unit.id,
          residence_place_id: compound.id,
          category: 'in_service',
        });
        await f.user('longyan-work-newcomer', DEMO_PASSWORD, [{ role: 'member', cityId }], m.id);
        const page = await e2e.login('longyan-work-newcomer', DEMO_PASSWORD, { viewport: PHONE });
        const line = 'work-longyan-return-home-report_in';
        await page.getByTestId(line).waitFor();
        expect(await page.getByTestId(line).textContent()).toContain(`${period} 年度到社区报到`);
        // The button spans the phone's width and nothing scrolls sideways.
        const box = await page.getByTestId(`${line}-go`).boundingBox();
        expect(box!.width).toBeGreaterThan(PHONE.width * 0.6);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
        await e2e.screenshot(page, 'work-home-02-member-phone');
        await page.getByTestId(`${line}-go`).click();
        await page.getByTestId('report-online').waitFor();
      });
    });
  }
});
