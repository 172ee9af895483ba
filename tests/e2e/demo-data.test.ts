import { installedPlugins } from '@jiceng/api';
import { recordDemoSeed } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserDatabaseKinds, type E2E, E2E_CITIES, e2eMissing, inCI, startE2E } from './harness';

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] demo-data browser tests skipped: ${missing}`);

/** Any installed model with demo data that the first city has not enabled: the test names no plugin. */
const MODEL = installedPlugins.find((p) => p.seed && !E2E_CITIES[0]!.plugins.includes(p.id));

describe.skipIf((!!missing && !inCI) || !MODEL)('browser end-to-end: loading a model’s demo data', () => {
  for (const kind of browserDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;
      const ids: Record<string, number> = {};
      beforeAll(async () => {
        e2e = await startE2E({ kind });
        const cities = await e2e.handle.db.selectFrom('core.city').select(['id', 'code']).execute();
        for (const c of cities) ids[c.code] = c.id;
        // The first city was made by the demo seeder; the second stands for a real city.
        await recordDemoSeed(e2e.handle.db, ids[E2E_CITIES[0]!.code]!, 'core');
      });
      afterAll(async () => {
        await e2e?.close();
      });

      it('a demo city’s admin loads a model’s demo data once from 模式管理; a real city is not offered it', async () => {
        const model = MODEL!;
        const code = E2E_CITIES[0]!.code;
        const page = await e2e.login(`${code}-admin`);
        await page.goto(`${e2e.url}/c/${code}/admin/models`);
        await page.getByTestId(`model-card-${model.id}`).waitFor();
        expect(await page.getByTestId(`model-switch-${model.id}`).getAttribute('aria-checked')).toBe('false');
        await page.getByTestId(`model-demo-load-${model.id}`).click();
        await page.getByTestId(`model-demo-held-${model.id}`).waitFor({ timeout: 120_000 });
        expect(await page.getByTestId(`model-switch-${model.id}`).getAttribute('aria-checked')).toBe('true');
        await e2e.screenshot(page, 'demo-data-loaded');
        const db = e2e.handle.db;
        const held = await db
          .selectFrom('core.demo_seed')
          .select('what')
          .where('city_id', '=', ids[code]!)
          .where('what', '=', model.id)
          .execute();
        expect(held).toHaveLength(1);
        // After a reload the button stays gone: the city holds the data.
        await page.reload();
        await page.getByTestId(`model-demo-held-${model.id}`).waitFor();
        expect(await page.getByTestId(`model-demo-load-${model.id}`).count()).toBe(0);

        const other = E2E_CITIES[1]!.code;
        const real = await e2e.login(`${other}-admin`);
        await real.goto(`${e2e.url}/c/${other}/admin/models`);
        await real.getByTestId(`model-card-${model.id}`).waitFor();
        expect(await real.locator('[data-testid^="model-demo-"]').count()).toBe(0);
      }, 300_000);
    });
  }
});
