import { defineMemberTask } from '@jiceng/e2e';
import { sql } from 'kysely';
import { expect } from 'vitest';

/**
 * 双联双管 on a phone: on 我的双联双管 the member writes the public commitment of their residence registration and
 * chooses what the public board shows (their photo off, the commitment on).
 */
export const memberTask = defineMemberTask({
  title: 'sets the public commitment and what the supervision board shows of their registration',
  async run({ page, e2e, city, memberId, open }) {
    await open('me');
    await page.getByTestId('member-page').waitFor();
    const consent = page.getByTestId('board-consent');
    const commitment = '每月到社区值班一次，帮助独居老人代购';
    await page.getByTestId('board-commitment').fill(commitment);
    const option = (name: string) => consent.locator('.ant-checkbox-wrapper', { hasText: name });
    // Listed with the commitment, without the photo.
    for (const [name, on] of [
      ['上监督台', true],
      ['承诺事项', true],
      ['照片', false],
    ] as const)
      if ((await option(name).locator('input').isChecked()) !== on) await option(name).click();
    await page.getByTestId('board-save').click();
    // The registration card below shows what was saved.
    await page.getByTestId('member-page').getByText(commitment).waitFor();
    const { rows } = await sql<{
      commitment: string;
      on_board: boolean;
      show_photo: boolean;
      show_commitment: boolean;
    }>`
      select commitment, on_board, show_photo, show_commitment from p_fugu_dual_link.registration
      where city_id = ${city.id} and member_id = ${memberId} and status <> 'closed'`.execute(e2e.handle.db);
    expect(rows).toEqual([{ commitment, on_board: true, show_photo: false, show_commitment: true }]);
  },
});
