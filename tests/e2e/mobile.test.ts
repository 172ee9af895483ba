import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_CITIES, installedPlugins } from '@jiceng/api';
import { type CitySpec, DEMO_PASSWORD, smallCitySpec } from '@jiceng/core/demo';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserDatabaseKinds,
  type E2E,
  E2E_CITIES,
  e2eMissing,
  expectNoSeriousA11yViolations,
  inCI,
  PHONE,
  SCREENSHOTS,
  startE2E,
} from './harness';
import { loadMemberTask, type MemberTaskContext, memberTaskFile } from './member-task';

/**
 * Every demo city (the harness's two, the others small, with their own names), and a small city for each installed
 * model no demo city runs, so that a member of each meets every model on a phone (one server for all of them).
 */
const small = (d: CitySpec): CitySpec => ({
  ...smallCitySpec(d.code, d.plugins),
  nameZh: d.nameZh,
  nameEn: d.nameEn,
  committeeName: d.committeeName,
});
const DEMO: CitySpec[] = [
  ...E2E_CITIES,
  ...DEMO_CITIES.filter((d) => !E2E_CITIES.some((c) => c.code === d.code)).map(small),
];
const CITIES: CitySpec[] = [
  ...DEMO,
  ...installedPlugins
    .filter((p) => !DEMO.some((c) => c.plugins.includes(p.id)))
    .map((p, i) => smallCitySpec(`phone${i + 1}`, [p.id])),
];

/**
 * The member's pages on a phone, committed as a gallery (tests/e2e/screenshots/phone, viewport-sized): each city's
 * landing page and, per model, its member page once the member task is done. Taken on the first database only.
 */
const GALLERY = join(SCREENSHOTS, 'phone');

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

/**
 * Controls on the window smaller than a finger (44 px either way), named for the failure message. Inputs inside a
 * select, a number box or a checkbox, and a tab's label, count through their wrapper, which is what the finger meets.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      'button',
      'a[href]',
      'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="file"])',
      'textarea',
      '[role="button"]',
      '.ant-tabs-tab',
      '[role="switch"]',
      '.ant-select',
      '.ant-input-number',
      '.ant-input-affix-wrapper',
      '.ant-picker',
      '.ant-checkbox-wrapper',
      '.ant-radio-wrapper',
      '.ant-pagination-item',
    ].join(',');
    const out: string[] = [];
    const content = document.querySelector('.ant-layout-content') ?? document.body;
    for (const el of content.querySelectorAll<HTMLElement>(selector)) {
      const wrappers =
        '.ant-select, .ant-input-number, .ant-input-affix-wrapper, .ant-picker, .ant-checkbox-wrapper, .ant-radio-wrapper, .ant-pagination-item, .ant-tabs-tab';
      if (el.parentElement?.closest(wrappers)) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.width >= min - 0.5 && r.height >= min - 0.5) continue;
      const id = el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid');
      const text = (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 24);
      out.push(
        `<${el.tagName.toLowerCase()} class="${el.className}"${id ? ` in ${id}` : ''}> "${text}" ${Math.round(r.width)}×${Math.round(r.height)}`,
      );
    }
    return out;
  }, TAP);
}

/** The page fits the phone: nothing reaches past its right edge and every control is finger-sized. */
async function expectFits(page: Page, what: string) {
  const past = await overflow(page);
  expect(past, `${what} is ${past} px wider than the phone`).toBeLessThanOrEqual(0);
  expect(await smallTargets(page), `controls under ${TAP} px on ${what}`).toEqual([]);
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

  for (const [kindIndex, kind] of browserDatabaseKinds().entries()) {
    describe.skipIf(!!missing)(`on ${kind}`, () => {
      let e2e: E2E;

      beforeAll(async () => {
        e2e = await startE2E({ kind, cities: CITIES });
      });

      afterAll(async () => {
        await e2e?.close();
      });

      /** A viewport-sized picture for the gallery (first database only) and the run's own folder. */
      async function shoot(page: Page, name: string) {
        await e2e.screenshot(page, `mobile-${name}`);
        if (kindIndex > 0) return;
        mkdirSync(GALLERY, { recursive: true });
        // Still pictures (no caret, animations at their end), so a run that changed nothing rewrites the same bytes.
        await page.screenshot({ path: join(GALLERY, `${name}.png`), animations: 'disabled', caret: 'hide' });
      }

      for (const spec of CITIES) {
        it(`a member of ${spec.code} opens the drawer menu, visits each page of the city's models, does each model's member task, and logs out`, async () => {
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
          await expectFits(page, `${spec.code}'s landing page`);
          await shoot(page, `${spec.code}-home`);
          await expectNoSeriousA11yViolations(page, `${spec.code} member home on a phone`);

          const account = await e2e.handle.db
            .selectFrom('core.app_user as u')
            .innerJoin('core.city as c', 'c.id', 'u.city_id')
            .select(['c.id as cityId', 'u.member_id as memberId'])
            .where('u.username', '=', `${spec.code}-member`)
            .executeTakeFirstOrThrow();
          expect(account.memberId).not.toBeNull();

          const models = await enabledModels(page, spec.code);
          expect(models.length).toBeGreaterThan(0);
          const drawer = page.getByTestId('nav-drawer');
          let visited = 0;

          /** Opens one of the model's pages from the drawer, as a member does, and checks it fits the phone. */
          async function open(model: string, testId: string) {
            await openDrawer(page);
            await drawer.locator('[data-testid="nav"][aria-busy="false"]').waitFor();
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
            if ((await overflow(page)) > 0)
              await e2e.screenshot(page, `mobile-${spec.code}-overflow-${testId}`);
            await expectFits(page, href ?? testId);
            expect(await menuButton.isVisible()).toBe(true);
            expect(await userMenu.isVisible()).toBe(true);
          }

          for (const model of models) {
            await openDrawer(page);
            // The navigation lists the models once their web entries loaded; a model may offer members nothing.
            await drawer.locator('[data-testid="nav"][aria-busy="false"]').waitFor();
            const entries = drawer.locator(`[data-testid^="nav-page-${model}-"]`);
            const pages = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
            if (visited === 0) await e2e.screenshot(page, `mobile-${spec.code}-drawer`);
            await page.keyboard.press('Escape');
            await drawer.waitFor({ state: 'hidden' });
            for (const [index, testId] of pages.entries()) {
              await open(model, testId);
              await e2e.screenshot(page, `mobile-${spec.code}-${testId}`);
              // Each model's first page a member sees, checked by axe.
              if (index === 0) await expectNoSeriousA11yViolations(page, `${testId} for a member on a phone`);
              visited++;
            }

            // The model's own member task (plugins/<id>/e2e/member-task.ts): one real thing a member does there.
            const task = await loadMemberTask(model);
            expect(
              task,
              `${memberTaskFile(model)}: every model shows what a member does with it`,
            ).not.toBeNull();
            const ctx: MemberTaskContext = {
              page,
              e2e,
              city: { id: account.cityId, code: spec.code },
              memberId: account.memberId!,
              memberPages: pages.map((id) => {
                const path = id.slice(`nav-page-${model}-`.length);
                return path === 'home' ? '' : path;
              }),
              open: (path) => open(model, `nav-page-${model}-${path || 'home'}`),
              fits: () => expectFits(page, `${page.url()} after ${model}'s member task`),
            };
            try {
              await task!.run(ctx);
            } catch (e) {
              if (e instanceof Error) e.message = `${model}'s member task (${task!.title}): ${e.message}`;
              throw e;
            }
            await ctx.fits();
            await shoot(page, `${spec.code}-${model}`);
          }
          // The harness's cities run models made for members; an added model may offer them nothing (its city still
          // had its home, drawer, member task and logout checked).
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
      it.skipIf(kind !== browserDatabaseKinds()[0])(
        "the admin's first page of every installed model passes axe (no serious or critical violation)",
        async () => {
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
        },
      );
    });
  }
});
