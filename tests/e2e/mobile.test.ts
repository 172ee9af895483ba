import { installedPlugins } from '@jiceng/api';
import { type CitySpec, DEMO_PASSWORD, smallCitySpec } from '@jiceng/core/demo';
import { testDatabaseKinds } from '@jiceng/core/testing';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, E2E_CITIES, e2eMissing, expectNoSeriousA11yViolations, inCI, PHONE, startE2E } from './harness';

/**
 * The harness's demo cities, and a small city for each installed model none of them runs, so that every model's
 * member pages are visited on a phone (one server for all of them).
 */
const CITIES: CitySpec[] = [
  ...E2E_CITIES,
  ...installedPlugins
    .filter((p) => !E2E_CITIES.some((c) => c.plugins.includes(p.id)))
    .map((p, i) => smallCitySpec(`phone${i + 1}`, [p.id])),
];

const missing = e2eMissing();
if (missing && !inCI) console.warn(`[e2e] mobile browser tests skipped: ${missing}`);

/** Apple's and Google's guidance for a finger: 44 CSS px each way. */
const TAP = 44;

/** How far the page reaches past the window's right edge (0: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The element's box once it has stopped moving (drawers slide and dropdowns zoom in: antd's motion classes). */
async function box(locator: Locator) {
  await locator.waitFor();
  await locator
    .page()
    .waitForFunction(
      () =>
        !document.querySelector(
          '[class*="-appear-prepare"], [class*="-appear-active"], [class*="-enter-prepare"], [class*="-enter-active"]',
        ),
    );
  let last = '';
  for (let same = 0; same < 2; ) {
    const b = await locator.boundingBox();
    if (!b) throw new Error(`${locator} has no box (not visible)`);
    const now = JSON.stringify(b);
    same = now === last ? same + 1 : 0;
    last = now;
    if (same < 2) await locator.page().waitForTimeout(50);
  }
  return JSON.parse(last) as { x: number; y: number; width: number; height: number };
}

/** The window's spinners are gone (a page's data arrived), so what is measured is the page as the member sees it. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0,
    null,
    {
      timeout: 30_000,
    },
  );
}

/** Taps the menu button and waits until the drawer has slid fully onto the screen. */
async function openDrawer(page: Page) {
  await page.getByTestId('menu-button').click();
  await page.getByTestId('nav-drawer').waitFor();
  await page.waitForFunction(() => {
    const drawer = document.querySelector('[data-testid="nav-drawer"]');
    return !!drawer && Math.round(drawer.getBoundingClientRect().left) >= 0;
  });
}

/** The models the city has enabled, as the API tells the shell (the test names no plugin). */
async function enabledModels(page: Page, cityCode: string): Promise<string[]> {
  const body = await page.evaluate(async (code) => {
    const res = await fetch(`/api/cities/${code}/plugin-settings`);
    return (await res.json()) as { items: { id: string; enabled: boolean }[] };
  }, cityCode);
  return body.items.filter((p) => p.enabled).map((p) => p.id);
}

describe.skipIf(!!missing && !inCI)('browser end-to-end: the shell on a phone (390×844)', () => {
  it('has Chromium and a built web shell', () => {
    expect(missing).toBeNull();
  });

  for (const kind of testDatabaseKinds()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: CITIES });
      });

      afterAll(async () => {
        await e2e?.close();
      });

      for (const spec of CITIES) {
        it(`a member of ${spec.code} opens the drawer menu, visits each page of the city's models, and logs out`, async () => {
          const page = await e2e.login(`${spec.code}-member`, DEMO_PASSWORD, { viewport: PHONE });
          await page.waitForURL(new RegExp(`/c/${spec.code}/?$`));
          await settled(page);

          // The header fits the screen: the menu button and the user menu are on it, finger-sized.
          const menuButton = page.getByTestId('menu-button');
          const userMenu = page.getByTestId('user-menu');
          for (const control of [menuButton, userMenu]) {
            const b = await box(control);
            expect(b.height).toBeGreaterThanOrEqual(TAP);
            expect(b.width).toBeGreaterThanOrEqual(TAP);
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
          }
          expect(await menuButton.getAttribute('aria-label')).toBeTruthy();
          // No side menu squeezed beside the page and no stray submenu popup floating over it.
          expect(await page.locator('.ant-layout-sider').count()).toBe(0);
          expect(await page.locator('.ant-menu-submenu-popup:visible').count()).toBe(0);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          await e2e.screenshot(page, `mobile-${spec.code}-home`);
          await expectNoSeriousA11yViolations(page, `${spec.code} member home on a phone`);

          const models = await enabledModels(page, spec.code);
          expect(models.length).toBeGreaterThan(0);
          const drawer = page.getByTestId('nav-drawer');
          let visited = 0;
          for (const model of models) {
            await openDrawer(page);
            // The navigation lists the models once their web entries loaded; a model may offer members nothing.
            await drawer.locator('[data-testid="nav"][aria-busy="false"]').waitFor();
            const entries = drawer.locator(`[data-testid^="nav-page-${model}-"]`);
            const pages = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
            if (visited === 0) await e2e.screenshot(page, `mobile-${spec.code}-drawer`);
            if (pages.length === 0) {
              await page.keyboard.press('Escape');
              await drawer.waitFor({ state: 'hidden' });
            }
            for (const [index, testId] of pages.entries()) {
              if (index > 0) await openDrawer(page);
              const link = drawer.getByTestId(testId);
              // A row of the drawer's menu is a finger-sized target too.
              expect(
                (await box(drawer.locator('.ant-menu-item', { has: page.getByTestId(testId) }))).height,
              ).toBeGreaterThanOrEqual(TAP);
              const href = await link.getAttribute('href');
              await link.click();
              await page.waitForURL((u) => u.pathname === href);
              // Choosing a page puts the drawer away.
              await drawer.waitFor({ state: 'hidden' });
              await page.getByTestId(`plugin-page-${model}`).waitFor();
              await settled(page);
              expect(await page.getByTestId('plugin-error').count()).toBe(0);
              const past = await overflow(page);
              if (past > 0) await e2e.screenshot(page, `mobile-${spec.code}-overflow-${testId}`);
              expect(past, `${href} is ${past} px wider than the phone`).toBeLessThanOrEqual(0);
              expect(await menuButton.isVisible()).toBe(true);
              expect(await userMenu.isVisible()).toBe(true);
              await e2e.screenshot(page, `mobile-${spec.code}-${testId}`);
              // Each model's first page a member sees, checked by axe.
              if (index === 0) await expectNoSeriousA11yViolations(page, `${href} for a member on a phone`);
              visited++;
            }
          }
          // The harness's cities run models made for members; an added model may offer them nothing (its city still
          // had its home, drawer and logout checked).
          if (E2E_CITIES.includes(spec)) expect(visited).toBeGreaterThan(0);

          // Logout (with change password and the language) is in the user menu, on screen.
          await userMenu.click();
          const logout = page.getByTestId('logout');
          await logout.waitFor();
          const row = await box(page.locator('.ant-dropdown-menu-item', { has: logout }));
          expect(row.height).toBeGreaterThanOrEqual(TAP);
          expect(row.x + row.width).toBeLessThanOrEqual(PHONE.width);
          expect(await page.getByTestId('menu-change-password').isVisible()).toBe(true);
          await logout.click();
          await page.waitForURL(/\/login$/);
          await page.getByTestId('login-username').waitFor();
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          if (spec === CITIES[0]) await expectNoSeriousA11yViolations(page, 'login page on a phone');
        });
      }

      // The pages are the same on either database: checked once, on the first.
      it.skipIf(kind !== testDatabaseKinds()[0])("the admin's first page of every installed model passes axe (no serious or critical violation)", async () => {
        // One city per installed model (CITIES), its admin at a desktop's size: the models' admin pages hold the
        // tables, filters and forms. The phone flow above checked what members see.
        let checked = 0;
        for (const spec of CITIES) {
          const page = await e2e.login(`${spec.code}-admin`);
          await page.locator('[data-testid="nav"][aria-busy="false"]').waitFor();
          for (const model of await enabledModels(page, spec.code)) {
            const link = page.locator(`[data-testid^="nav-page-${model}-"]`).first();
            if ((await link.count()) === 0) continue;
            const href = (await link.getAttribute('href'))!;
            await link.click();
            await page.waitForURL((u) => u.pathname === href);
            await page.getByTestId(`plugin-page-${model}`).waitFor();
            expect(await page.getByTestId('plugin-error').count()).toBe(0);
            await expectNoSeriousA11yViolations(page, `${href} for a city admin`);
            checked++;
          }
          await page.context().close();
        }
        expect(checked).toBeGreaterThan(0);
      });
    });
  }
});
