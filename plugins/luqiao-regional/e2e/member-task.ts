import { defineMemberTask } from '@jiceng/e2e';
import { sql } from 'kysely';
import { expect } from 'vitest';

/** 区域化党建 on a phone: the member registers (登记报到) with the region their unit is in. */
export const memberTask = defineMemberTask({
  title: 'registers (登记报到) with the region of their unit',
  async run({ page, e2e, city, memberId, open }) {
    await open('me');
    await page.getByTestId('register-self').click();
    const card = page.getByTestId('my-registration');
    await card.waitFor();
    const { rows } = await sql<{ region: string; ended: boolean }>`
      select r.name as region, (g.ended_on is not null) as ended
      from p_luqiao_regional.registration g join p_luqiao_regional.region r
        on r.city_id = g.city_id and r.id = g.region_id
      where g.city_id = ${city.id} and g.member_id = ${memberId}`.execute(e2e.handle.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ended).toBe(false);
    expect(await card.textContent()).toContain(rows[0]!.region);
  },
});
