import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserDatabaseKinds,
  type E2E,
  E2E_CITIES,
  e2eMissing,
  inCI,
  startE2E,
  textBecomes,
} from './harness';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] roster import browser tests skipped: ${missing}`);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A mainland ID number with its check character (GB 11643): 17 digits, then '10X98765432'[Σ wᵢdᵢ mod 11]. */
function idNumber(first17: string) {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
/** The same number with a wrong check character. */
function badChecksum(id: string) {
  const wrong = '10X98765432'.split('').find((c) => c !== id[17])!;
  return id.slice(0, 17) + wrong;
}

/** A CSV in the template's own columns (its header row as the server wrote it), the cells by label. */
function csv(header: string[], rows: Record<string, string>[]) {
  const key = (h: string) => h.replace(/\*/g, '').trim();
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => r[key(h)] ?? '').join(','))];
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

async function upload(page: Page, name: string, body: Buffer) {
  await page
    .locator('[data-testid="import-upload"] input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: body });
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: roster import', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      let orgName: string;

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: [E2E_CITIES[0]!] });
        const db = e2e.handle.db;
        const city = await db
          .selectFrom('core.city')
          .select('id')
          .where('code', '=', 'longyan')
          .executeTakeFirstOrThrow();
        // A compound branch (or community) whose name no other org in the city shares (a reference by name must be unambiguous).
        const orgs = await db
          .selectFrom('core.org')
          .select(['name', 'kind'])
          .where('city_id', '=', city.id)
          .execute();
        const unique = orgs.filter((o) => orgs.filter((x) => x.name === o.name).length === 1);
        orgName = (unique.find((o) => o.kind === 'compound_branch') ??
          unique.find((o) => o.kind === 'community_committee'))!.name;
      });

      afterAll(async () => {
        await e2e?.close();
      });

      it('lists every problem by row and column, refuses to import all, then imports a good file into the members list', async () => {
        const page = await e2e.login('longyan-admin');
        await page.getByTestId('nav-admin').click();
        await page.getByTestId('nav-admin-import').click();
        await page.getByTestId('upload-panel').waitFor();

        // The template offered on the page is the server's; its header row gives the columns.
        const href = await page.getByTestId('template-csv').getAttribute('href');
        expect(href).toBe('/api/cities/longyan/roster/templates/members.csv?lang=zh-CN');
        const template = await page.request.get(`${e2e.url}${href}`);
        expect(template.status()).toBe(200);
        const header = (await template.text())
          .replace(/^\ufeff/, '')
          .split(/\r?\n/)[0]!
          .split(',');
        expect(header).toContain('身份证号*');

        const ids = [
          idNumber('35080219850312741'),
          idNumber('35080219900704752'),
          idNumber('35080219780921763'),
        ];
        const person = (name: string, id: string, org = orgName) => ({
          姓名: name,
          性别: '女',
          身份证号: id,
          党员类别: '在职党员',
          所在党组织: org,
        });

        // Row 2 is good; row 3's ID number fails its checksum; row 4 names an org the city does not have.
        await upload(
          page,
          '名册-有错.csv',
          csv(header, [
            person('导入甲', ids[0]!),
            person('导入乙', badChecksum(ids[1]!)),
            person('导入丙', ids[2]!, '不存在的党支部'),
          ]),
        );
        await page.getByTestId('job-validated').waitFor({ timeout: 60_000 });
        expect(await page.getByTestId('count-totalRows').textContent()).toContain('3');
        expect(await page.getByTestId('count-goodRows').textContent()).toContain('1');
        expect(await page.getByTestId('count-errorRows').textContent()).toContain('2');
        const problems = page.getByTestId('problem-row');
        await problems.nth(1).waitFor();
        expect(await problems.count()).toBe(2);
        const idProblem = page.locator('[data-testid="problem-row"][data-row="3"][data-field="idNumber"]');
        expect(await idProblem.textContent()).toContain('身份证号');
        expect(await idProblem.textContent()).toContain('校验失败');
        const orgProblem = page.locator('[data-testid="problem-row"][data-row="4"][data-field="org"]');
        expect(await orgProblem.textContent()).toContain('所在党组织');
        expect(await orgProblem.textContent()).toContain('不存在的党支部');
        // Import all is refused while rows have problems; the problems download as a spreadsheet.
        expect(await page.getByTestId('commit-all').isDisabled()).toBe(true);
        const errors = await page.request.get(
          `${e2e.url}${await page.getByTestId('errors-xlsx').getAttribute('href')}`,
        );
        expect(errors.status()).toBe(200);
        expect(errors.headers()['content-type']).toContain('spreadsheetml');
        await e2e.screenshot(page, 'roster-01-problems');

        // Fix nothing: discard and upload a corrected file instead.
        await page.getByTestId('discard').click();
        await page.getByTestId('upload-panel').waitFor();
        await upload(
          page,
          '名册-已修正.csv',
          csv(header, [person('导入甲', ids[0]!), person('导入乙', ids[1]!), person('导入丙', ids[2]!)]),
        );
        await page.getByTestId('job-validated').waitFor({ timeout: 60_000 });
        await page.getByTestId('no-problems').waitFor();
        expect(await page.getByTestId('count-toInsert').textContent()).toContain('3');
        await e2e.screenshot(page, 'roster-02-validated');
        await page.getByTestId('commit-all').click();
        await page.getByTestId('job-done').waitFor({ timeout: 60_000 });
        expect(await page.getByTestId('done-inserted').textContent()).toContain('3');
        expect(await page.getByTestId('done-skipped').textContent()).toContain('0');
        await e2e.screenshot(page, 'roster-03-done');

        // The new members are in the members list.
        await page.getByTestId('job-open-list').click();
        await page.getByTestId('members-table').waitFor();
        await page.getByTestId('members-search').locator('input').fill('导入乙');
        await page.getByTestId('members-search').locator('input').press('Enter');
        expect(await textBecomes(page, 'member-row', '导入乙')).toContain('导入乙');
        expect(await page.getByTestId('member-row').count()).toBe(1);
        expect(await page.getByTestId('member-row').textContent()).toContain(orgName);

        // The export downloads what the list shows: the same search, masked.
        const exportHref = await page.getByTestId('members-export').getAttribute('href');
        expect(exportHref).toContain('/api/cities/longyan/roster/export/members.xlsx?');
        expect(exportHref).toContain(`q=${encodeURIComponent('导入乙')}`);
        const file = await page.request.get(`${e2e.url}${exportHref}`);
        expect(file.status()).toBe(200);
        expect(file.headers()['x-jiceng-masked']).toBe('true');
        await e2e.screenshot(page, 'roster-04-members');
      });
    });
  }
});
