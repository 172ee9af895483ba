import { defineMemberTask, textBecomes } from '@jiceng/e2e';
import { sql } from 'kysely';
import { expect } from 'vitest';

/** 在职党员回家 on a phone: the member opens 我的报到 and reports online to the community the rule names. */
export const memberTask = defineMemberTask({
  title: 'reports online (线上报到) to the community the rule names',
  async run({ page, e2e, city, memberId, open }) {
    await open('');
    await page.getByTestId('lrh-me').waitFor();
    expect(await textBecomes(page, 'my-report-status', '未报到')).toContain('未报到');
    // A unit paired with several communities lets the member choose; otherwise the rule has named one.
    const choice = page.getByTestId('report-community');
    if (await choice.isVisible()) {
      await choice.click();
      await page.locator('.ant-select-item-option').first().click();
    }
    await page.getByTestId('report-online').click();
    expect(await textBecomes(page, 'my-report-status', '已线上报到')).toContain('已线上报到');
    await page.getByTestId('awaiting-certificate').waitFor();
    // Reported, the member may claim the community's posts and wishes (the service section replaces the hint).
    await page.getByTestId('my-counts').waitFor();
    const { rows } = await sql<{ status: string; n: number }>`
      select status, count(*)::int as n from p_longyan_return_home.report
      where city_id = ${city.id} and member_id = ${memberId} group by status`.execute(e2e.handle.db);
    expect(rows).toEqual([{ status: 'online', n: 1 }]);
  },
});
