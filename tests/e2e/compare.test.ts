import { readFileSync } from 'node:fs';
import { DEMO_CITIES, installedPlugins } from '@jiceng/api';
import { readXlsxRows, refreshCity, silentLogger, sourcesOf, systemClock, toLocalDate } from '@jiceng/core';
import { type CitySpec, smallCitySpec } from '@jiceng/core/demo';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserDatabaseKinds,
  type E2E,
  e2eMissing,
  expectNoSeriousA11yViolations,
  inCI,
  PHONE,
  startE2E,
} from './harness';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] compare browser tests skipped: ${missing}`);

/** The demo jurisdictions (their names, level and own model), each at the small size. */
const FIVE: CitySpec[] = DEMO_CITIES.map((demo) => ({
  ...smallCitySpec(demo.code, demo.plugins),
  nameZh: demo.nameZh,
  nameEn: demo.nameEn,
  level: demo.level,
  committeeName: demo.committeeName,
  ...(demo.communityAttributes ? { communityAttributes: { ...demo.communityAttributes } } : {}),
}));
const CODES = DEMO_CITIES.map((c) => c.code);

type Text = { 'zh-CN': string; en: string };
type Value = { status: 'ok'; value: number } | { status: 'not_applicable'; reason?: string };
interface Compare {
  set?: string;
  indicators: { id: string; unit: string; names: Text; shared?: boolean }[];
  columns: {
    target: string;
    city: { code: string; nameZh: string };
    models: { id: string }[];
    values: Record<string, { value: Value }>;
    references?: Record<string, { value: number; source: Text }[]>;
  }[];
}
interface Trends {
  months: string[];
  series: { target: string; indicatorId: string; points: { month: string; value: number | null }[] }[];
}

/** The page's default period: this year. */
const YEAR = new Date().getFullYear();
const PERIOD = `from=${YEAR}-01-01&to=${YEAR}-12-31`;

async function compareApi(e2e: E2E, page: Page, set: 'shared' | 'model'): Promise<Compare> {
  const res = await page.request.get(
    `${e2e.url}/api/compare?targets=${CODES.join(',')}&${PERIOD}&set=${set}`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()) as Compare;
}

/** Waits until a chart has drawn (or said 暂无数据) and returns which. */
async function chartState(page: Page, testId: string): Promise<string | null> {
  const chart = page.getByTestId(testId).first();
  await chart.waitFor();
  await expect.poll(async () => chart.getAttribute('data-chart'), { timeout: 60_000 }).not.toBe('loading');
  return chart.getAttribute('data-chart');
}

/** A ratio as the table shows it (one decimal) and a published figure as written (up to two). */
const percent1 = (v: number) => `${(v * 100).toFixed(1)}%`;
const percent2 = (v: number) => `${Number((v * 100).toFixed(2))}%`;

describe.skipIf(!!missing && !inCI)('browser end-to-end: compare cities and models', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: FIVE });
        // The harness seeds small cities without the demo's stored months: store them as the demo seed does, so
        // the trends read real snapshots of these cities' data.
        const deps = {
          db: e2e.handle.db,
          clock: systemClock,
          logger: silentLogger,
          plugins: installedPlugins,
        };
        const cities = await e2e.handle.db.selectFrom('core.city').select(['id', 'code']).execute();
        for (const city of cities) {
          const models = DEMO_CITIES.find((d) => d.code === city.code)?.plugins ?? [];
          const enabled = installedPlugins.filter((p) => models.includes(p.id));
          await refreshCity(deps, city.id, sourcesOf(enabled), toLocalDate(systemClock.now()), { all: true });
        }
      }, 600_000);
      afterAll(async () => {
        await e2e?.close();
      });

      it('leads with the shared indicators: bars with published references, radar, trends, n/a with its reason', async () => {
        const page = await e2e.login('admin');
        await page.getByTestId('nav-compare').click();
        await page.getByTestId('compare-table').waitFor();
        expect(new URL(page.url()).pathname).toMatch(/\/compare$/);

        // Every city is a column, named with its own model.
        // (antd repeats a scrolling table's headers in a hidden measuring row, hence first())
        for (const code of CODES) await page.getByTestId(`column-${code}`).first().waitFor();
        expect(await page.getByTestId(`column-${CODES[0]}`).first().textContent()).toContain(FIVE[0]!.nameZh);

        const body = await compareApi(e2e, page, 'shared');
        expect(body.columns.map((c) => c.city.code)).toEqual(CODES);
        const expectedModel: Record<string, string> = Object.fromEntries(
          FIVE.map((c) => [c.code, c.plugins[0]!]),
        );
        for (const col of body.columns)
          expect(col.models.map((m) => m.id)).toContain(expectedModel[col.city.code]);
        // The page leads with the shared indicators, at least six of them, only them.
        expect(body.indicators.length).toBeGreaterThanOrEqual(6);
        expect(body.indicators.every((i) => i.shared)).toBe(true);

        let reasons = 0;
        for (const ind of body.indicators) {
          const computed = body.columns.filter((c) => c.values[ind.id]?.value.status === 'ok');
          expect(computed.length, `${ind.id} computed for at least 4 of the 5 cities`).toBeGreaterThanOrEqual(
            4,
          );
          expect(await chartState(page, `bar-${ind.id}`), ind.id).toBe('ready');
          for (const col of body.columns) {
            const v = col.values[ind.id]?.value;
            const cell = page.getByTestId(`cell-${ind.id}-${col.target}`);
            if (v?.status === 'ok') {
              expect(await cell.getAttribute('data-status')).toBe('ok');
              if (ind.unit === 'ratio') expect((await cell.textContent())?.trim()).toBe(percent1(v.value));
            } else {
              // Never a 0: 不适用, and why, in words under the cell and under the chart.
              expect((await cell.textContent())?.trim()).toBe('不适用');
              expect(await cell.getAttribute('data-status')).toBe('not_applicable');
              if (v?.reason) {
                reasons++;
                expect((await page.getByTestId(`reason-${ind.id}-${col.target}`).textContent())?.trim()).toBe(
                  v.reason,
                );
                expect(await page.getByTestId(`bar-na-${ind.id}-${col.target}`).textContent()).toContain(
                  v.reason,
                );
              }
            }
          }
        }
        expect(reasons, 'some city cannot compute some shared indicator, and says why').toBeGreaterThan(0);

        // A model's published figure beside the computed value: in the table and under the bar chart.
        let references = 0;
        for (const col of body.columns)
          for (const [id, refs] of Object.entries(col.references ?? {})) {
            const ind = body.indicators.find((i) => i.id === id);
            if (!ind || !refs.length) continue;
            references++;
            const figure =
              ind.unit === 'ratio' ? percent2(refs[0]!.value) : String(Number(refs[0]!.value.toFixed(2)));
            const shown = await page.getByTestId(`ref-${id}-${col.target}`).first().textContent();
            expect(shown).toContain(`参考 ${figure}`);
            expect(shown).toContain(refs[0]!.source['zh-CN']);
            expect(await page.getByTestId(`bar-ref-${id}-${col.target}`).first().textContent()).toContain(
              `参考 ${figure}`,
            );
          }
        expect(references, 'a published reference figure is shown').toBeGreaterThan(0);

        // The radar over the shared indicators.
        expect(await chartState(page, 'compare-radar')).toBe('ready');

        // Trends: a line chart per shared indicator, drawn wherever a month has a value, 暂无数据 elsewhere.
        const trendsRes = await page.request.get(
          `${e2e.url}/api/compare/trends?targets=${CODES.join(',')}&months=12`,
        );
        expect(trendsRes.status()).toBe(200);
        const trends = (await trendsRes.json()) as Trends;
        expect(trends.months).toHaveLength(12);
        const trendsCard = page.getByTestId('compare-trends');
        await trendsCard.scrollIntoViewIfNeeded();
        let drawn = 0;
        for (const ind of body.indicators) {
          const any = trends.series.some(
            (s) => s.indicatorId === ind.id && s.points.some((p) => p.value != null),
          );
          const state = await chartState(page, `trend-${ind.id}`);
          expect(state, ind.id).toBe(any ? 'ready' : 'empty');
          if (any) drawn++;
        }
        expect(drawn, 'the stored snapshots draw trend lines').toBeGreaterThan(0);
        await e2e.screenshot(page, 'compare-trends');
        await expectNoSeriousA11yViolations(page, 'compare page, shared indicators');

        // A shared indicator opens on what each city's models count for it.
        const first = body.indicators[0]!;
        await page.locator(`tr[data-row-key="${first.id}"] .ant-table-row-expand-icon`).first().click();
        const outcomes = page.getByTestId(`outcomes-${first.id}`);
        await outcomes.waitFor();
        for (const spec of FIVE) expect(await outcomes.textContent()).toContain(spec.nameZh);

        await page.getByTestId('compare-table').scrollIntoViewIfNeeded();
        await e2e.screenshot(page, 'compare-table');
        await page.getByTestId('compare-page').evaluate(() => window.scrollTo(0, 0));
        await e2e.screenshot(page, 'compare-charts');

        // Export of the shared indicators: first the shared ones in order, each with its unit in words.
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 120_000 }),
          page.getByTestId('compare-export').click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const rows = await readXlsxRows(readFileSync((await download.path())!));
        expect(rows[0]!.slice(0, 2)).toEqual(['指标', '单位']);
        for (const [i, code] of CODES.entries())
          expect(rows[0]![2 + i]).toContain(FIVE.find((c) => c.code === code)!.nameZh);
        expect(rows.slice(1, 1 + body.indicators.length).map((r) => r[0])).toEqual(
          body.indicators.map((i) => i.names['zh-CN']),
        );
        for (const r of rows.slice(1)) expect(r[1]).not.toMatch(/per_member/);
      }, 600_000);

      it('the toggle shows the models’ own indicators, drills into one and exports them', async () => {
        const page = await e2e.login('admin');
        await page.getByTestId('nav-compare').click();
        await page.getByTestId('compare-table').waitFor();
        // The toggle is found by its accessible name.
        await page.getByRole('radiogroup', { name: '指标范围' }).getByText('模式特有指标').click();
        await expect.poll(() => new URL(page.url()).searchParams.get('set')).toBe('model');
        await page.getByTestId('compare-bar-indicators').waitFor();
        expect(await page.getByTestId('compare-radar').count()).toBe(0);

        const body = await compareApi(e2e, page, 'model');
        expect(body.indicators.some((i) => i.shared)).toBe(false);
        // The first indicator some city computes: its cells, n/a never shown as 0.
        const ind = body.indicators.find((i) =>
          body.columns.some((c) => c.values[i.id]?.value.status === 'ok'),
        )!;
        expect(ind, 'a model computes its own indicator').toBeDefined();
        await page.getByTestId(`indicator-${ind.id}`).waitFor();
        let okCode: string | undefined;
        for (const col of body.columns) {
          const v = col.values[ind.id]?.value;
          const cell = page.getByTestId(`cell-${ind.id}-${col.target}`);
          if (v?.status === 'ok') {
            expect(await cell.getAttribute('data-status')).toBe('ok');
            if (ind.unit === 'ratio') expect((await cell.textContent())?.trim()).toBe(percent1(v.value));
            okCode ??= col.target;
          } else {
            expect((await cell.textContent())?.trim()).toBe('不适用');
            expect(await cell.getAttribute('data-status')).toBe('not_applicable');
          }
        }
        await e2e.screenshot(page, 'compare-model');

        // Drill-down: the children of the city's root, then one level further, then back by the breadcrumb.
        await page.getByTestId(`cell-${ind.id}-${okCode}`).click();
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

        // Export of the same set: the indicator's row carries the same figures.
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 120_000 }),
          page.getByTestId('compare-export').click(),
        ]);
        const rows = await readXlsxRows(readFileSync((await download.path())!));
        const row = rows.find((r) => r[0] === ind.names['zh-CN'])!;
        expect(row, ind.id).toBeDefined();
        for (const [i, col] of body.columns.entries()) {
          const v = col.values[ind.id]?.value;
          expect(row[2 + i]).toBe(
            v?.status === 'ok'
              ? String(Number((ind.unit === 'ratio' ? v.value * 100 : v.value).toFixed(2)))
              : '不适用',
          );
        }
      }, 600_000);

      it('fits a 390 px phone: charts stacked, the table scrolls inside itself', async () => {
        const page = await e2e.login('admin', undefined, { viewport: PHONE });
        const code = new URL(page.url()).pathname.split('/')[2]!;
        await page.goto(`${e2e.url}/c/${code}/compare`);
        await page.getByTestId('compare-table').waitFor();
        const cards = page.locator('[data-testid^="bar-card-"]');
        const a = await cards.nth(0).boundingBox();
        const b = await cards.nth(1).boundingBox();
        expect(b!.x).toBe(a!.x);
        expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
        expect(a!.x + a!.width).toBeLessThanOrEqual(PHONE.width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        await e2e.screenshot(page, 'compare-phone');
      }, 300_000);

      it('a city overview draws its trends; a member’s does not ask for them', async () => {
        const page = await e2e.login('admin');
        await page.getByTestId('overview-trends').waitFor();
        const code = new URL(page.url()).pathname.split('/')[2]!;
        const res = await page.request.get(`${e2e.url}/api/cities/${code}/outcomes/trends?months=12`);
        expect(res.status()).toBe(200);
        const trends = (await res.json()) as Trends;
        const drawn = [
          ...new Set(
            trends.series.filter((s) => s.points.some((p) => p.value != null)).map((s) => s.indicatorId),
          ),
        ];
        expect(drawn.length).toBeGreaterThan(0);
        for (const id of drawn) expect(await chartState(page, `trend-${id}`), id).toBe('ready');

        const asked: string[] = [];
        const member = await e2e.login(`${CODES[0]}-member`);
        member.on('request', (r) => {
          if (r.url().includes('/outcomes/trends')) asked.push(r.url());
        });
        await member.reload();
        await member.getByTestId('self-record').waitFor();
        expect(await member.getByTestId('overview-trends').count()).toBe(0);
        expect(asked).toEqual([]);
        const refused = await member.request.get(
          `${e2e.url}/api/cities/${CODES[0]}/outcomes/trends?months=12`,
        );
        expect(refused.status()).toBe(403);
      }, 300_000);

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

        // How each model produces the shared outcome facts, and the shared indicator catalogue.
        const catalogue = (await res.json()) as {
          items: {
            id: string;
            outcomes: {
              facts: Record<string, { applicable: boolean; text: Text }>;
              references: { indicatorId: string }[];
            };
          }[];
          sharedIndicators: { id: string; names: Text }[];
        };
        await page.getByTestId('outcome-matrix').scrollIntoViewIfNeeded();
        for (const model of catalogue.items)
          for (const [fact, source] of Object.entries(model.outcomes.facts)) {
            const cell = page.getByTestId(`fact-${model.id}-${fact}`);
            expect(await cell.getAttribute('data-applicable'), `${model.id} ${fact}`).toBe(
              String(source.applicable),
            );
            expect(await cell.textContent()).toContain(source.text['zh-CN']);
          }
        expect(catalogue.sharedIndicators.length).toBeGreaterThanOrEqual(6);
        for (const ind of catalogue.sharedIndicators)
          expect(await page.getByTestId(`catalogue-${ind.id}`).textContent()).toContain(ind.names['zh-CN']);
        for (const model of catalogue.items)
          for (const ref of model.outcomes.references)
            await page.getByTestId(`catalogue-ref-${ref.indicatorId}-${model.id}`).waitFor();
        await page.getByTestId('shared-catalogue').scrollIntoViewIfNeeded();
        await e2e.screenshot(page, 'shared-catalogue');
        await expectNoSeriousA11yViolations(page, 'feature matrix with the shared outcomes');
      }, 300_000);
    });
  }
});
