import { defineMemberTask } from '@jiceng/e2e';
import { expect } from 'vitest';

/**
 * 30 条标准 is the communities' checklist: assessments, reviews and rectifications are the work of community, street
 * and city admins, and a member has no page and nothing to do in it. The member's task is the proof of that on a
 * phone: the menu offers them none of its pages, its home page refuses them (403, laid out for the phone), and its
 * API shows them no community's assessment.
 */
export const memberTask = defineMemberTask({
  title: 'has no member pages: the model refuses the member (no data of any community)',
  async run({ page, e2e, city, memberPages }) {
    expect(memberPages).toEqual([]);
    await page.goto(`${e2e.url}/c/${city.code}/p/jinan-standards`);
    await page.locator('.ant-result-403').waitFor();
    const answers = await page.evaluate(async (code) => {
      const base = `/api/cities/${code}/plugins/jinan-standards`;
      const out: Record<string, number> = {};
      for (const path of ['/assessments', '/rectifications', '/analysis'])
        out[path] = (await fetch(base + path)).status;
      return out;
    }, city.code);
    expect(answers).toEqual({ '/assessments': 403, '/rectifications': 403, '/analysis': 403 });
  },
});
