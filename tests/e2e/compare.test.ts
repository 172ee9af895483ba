import { readFileSync } from 'node:fs';
import { DEMO_CITIES, installedPlugins } from '@jiceng/api';
import { readXlsxRows } from '@jiceng/core';
import { type CitySpec, smallCitySpec } from '@jiceng/core/demo';
import { testDatabaseKinds } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, e2eMissing, inCI, startE2E } from './harness';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] compare browser tests skipped: ${missing}`);

/** The demo jurisdictions (their names, level and own model), each at the small size. */
const FIVE: CitySpec[] = DEMO_CITIES.map((demo) => ({
  ...smallCitySpec(demo.code, demo.plugins),
  nameZh: demo.nameZh,
  nameEn: demo.nameEn,
  level: demo.level,
  committeeName: demo.committeeName,
  ...(demo.communityTypes ? { communityTypes: { ...demo.communityTypes } } : {}),
}));
const CODES = DEMO_CITIES.map((c) => c.code);

interface Compare {
  indicators: { id: string; unit: string }[];
  columns: {
    target: string;
    city: { code: string; nameZh: string };
    models: { id: string }[];
    values: Record<string, { value: { status: 'ok'; value: number } | { status: 'not_applicable' } }>;
  }[];
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: compare cities and models', () => {
  for (const kind of testDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: FIVE });
      }, 600_000);
      afterAll(async () => {
        await e2e?.close();
      });

      it('shows all five cities side by side, drills into one and exports the table', async () => {
        const page = await e2e.login('admin');
        await page.getByTestId('nav-compare').click();
        await page.getByTestId('compare-table').waitFor();
        const url = new URL(page.url());
        expect(url.pathname).toMatch(/\/compare$/);

        // Every city is a column, named with its own model.
        // (antd repeats a scrolling table's headers in a hidden measuring row, hence first())
        for (const code of CODES) await page.getByTestId(`column-${code}`).first().waitFor();
        expect(await page.getByTestId(`column-${CODES[0]}`).first().textContent()).toContain(FIVE[0]!.nameZh);

        // The same figures the API computes: report_rate as % with one decimal, or 不适用 — never a 0 for n/a.
        const year = new Date().getFullYear();
        const api = await page.request.get(
          `${e2e.url}/api/compare?targets=${CODES.join(',')}&from=${year}-01-01&to=${year}-12-31&set=all`,
        );
        expect(api.status()).toBe(200);
        const body = (await api.json()) as Compare;
        expect(body.columns.map((c) => c.city.code)).toEqual(CODES);
        const expectedModel: Record<string, string> = Object.fromEntries(
          FIVE.map((c) => [c.code, c.plugins[0]!]),
        );
        for (const col of body.columns)
          expect(col.models.map((m) => m.id)).toContain(expectedModel[col.city.code]);
        let okCode: string | undefined;
        for (const col of body.columns) {
          const v = col.values.report_rate?.value;
          const cell = page.getByTestId(`cell-report_rate-${col.target}`);
          const text = (await cell.textContent())?.trim();
          if (v?.status === 'ok') {
            expect(text).toBe(`${(v.value * 100).toFixed(1)}%`);
            expect(await cell.getAttribute('data-status')).toBe('ok');
            okCode ??= col.target;
          } else {
            expect(text).toBe('不适用');
            expect(await cell.getAttribute('data-status')).toBe('not_applicable');
          }
        }
        expect(okCode, 'at least one city computes the report rate').toBeDefined();
        await page.getByTestId('compare-radar').waitFor();
        await e2e.screenshot(page, 'compare-table');
        await page.getByTestId('compare-radar').scrollIntoViewIfNeeded();
        await e2e.screenshot(page, 'compare-charts');
        await page.getByTestId('compare-table').scrollIntoViewIfNeeded();

        // Drill-down: the children of the city's root, then one level further, then back by the breadcrumb.
        await page.getByTestId(`cell-report_rate-${okCode}`).click();
        const drawer = page.getByTestId('rollup-drawer');
        await drawer.getByTestId('rollup-table').waitFor();
        const spec = FIVE.find((c) => c.code === okCode)!;
        expect(await drawer.getByTestId('rollup-breadcrumb').textContent()).toContain(spec.committeeName);
        const firstChild = drawer.locator('[data-testid^="rollup-org-"]').first();
        const childName = ((await firstChild.textContent()) ?? '').trim();
        expect(await drawer.locator('[data-testid^="rollup-org-"]').count()).toBeGreaterThanOrEqual(2);
        await e2e.screenshot(page, 'compare-drill');
        await firstChild.click();
        await expect
          .poll(async () => drawer.getByTestId('rollup-breadcrumb').textContent(), { timeout: 30_000 })
          .toContain(childName);
        await drawer.locator('[data-testid^="rollup-crumb-"]').first().click();
        await expect
          .poll(async () => drawer.getByTestId('rollup-breadcrumb').textContent(), { timeout: 30_000 })
          .not.toContain(childName);
        await page.keyboard.press('Escape');

        // Export: an .xlsx whose first row names every city.
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 120_000 }),
          page.getByTestId('compare-export').click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const rows = await readXlsxRows(readFileSync((await download.path())!));
        expect(rows[0]!.slice(0, 2)).toEqual(['指标', '单位']);
        for (const [i, code] of CODES.entries())
          expect(rows[0]![2 + i]).toContain(FIVE.find((c) => c.code === code)!.nameZh);
        const report = rows.find((r) => r[0] === '在职党员报到率')!;
        for (const [i, col] of body.columns.entries()) {
          const v = col.values.report_rate?.value;
          expect(report[2 + i]).toBe(
            v?.status === 'ok' ? String(Number((v.value * 100).toFixed(2))) : '不适用',
          );
        }
      }, 600_000);

      it('lists every installed model with a check for each feature its manifest declares', async () => {
        const page = await e2e.login('admin');
        await page.getByTestId('nav-models').click();
        await page.getByTestId('feature-matrix').waitFor();
        const res = await page.request.get(`${e2e.url}/api/plugins`);
        const { items } = (await res.json()) as { items: { id: string; features: { id: string }[] }[] };
        // Whatever the registry holds, in its order: adding a model must not break this test.
        expect(items.map((m) => m.id)).toEqual(installedPlugins.map((p) => p.id));
        for (const model of items) {
          await page.getByTestId(`model-${model.id}`).first().waitFor();
          expect(await page.locator(`[data-testid^="has-${model.id}-"]`).count()).toBe(model.features.length);
        }
        // The admin lands in the first city, which enabled only its own model.
        const own = FIVE[0]!.plugins;
        for (const model of items)
          expect(
            await page.getByTestId(`model-${model.id}`).first().getAttribute('data-enabled'),
            model.id,
          ).toBe(String(own.includes(model.id)));
        await e2e.screenshot(page, 'feature-matrix');
      }, 300_000);
    });
  }
});
