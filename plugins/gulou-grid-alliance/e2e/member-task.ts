import { defineMemberTask } from '@jiceng/e2e';
import { sql } from 'kysely';
import { expect } from 'vitest';

/** 志愿微小时 on a phone: the member logs two hours of service, which wait for someone else's confirmation. */
export const memberTask = defineMemberTask({
  title: 'logs volunteer micro-hours (志愿微小时) for confirmation',
  async run({ page, e2e, city, memberId, open }) {
    await open('volunteer');
    await page.getByTestId('my-hours').waitFor();
    const description = '手机登记：楼道清扫';
    await page.getByTestId('log-hours').fill('2');
    await page.getByTestId('log-description').fill(description);
    await page.getByTestId('log-submit').click();
    // The entry shows in the member's own list as awaiting confirmation; it counts only once confirmed.
    const row = page.locator('.ant-table-row', { hasText: description });
    await row.waitFor();
    expect(await row.textContent()).toContain('待确认');
    await row.scrollIntoViewIfNeeded();
    const { rows } = await sql<{ status: string; hours: string; logged_by_member: boolean }>`
      select l.status, l.hours::text as hours, (u.member_id = l.member_id) as logged_by_member
      from p_gulou_grid_alliance.volunteer_log l join core.app_user u on u.id = l.logged_by
      where l.city_id = ${city.id} and l.member_id = ${memberId} and l.description = ${description}`.execute(
      e2e.handle.db,
    );
    expect(rows).toEqual([{ status: 'pending', hours: '2.0', logged_by_member: true }]);
  },
});
