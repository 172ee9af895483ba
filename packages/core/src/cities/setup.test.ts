import { describe, expect, it } from 'vitest';
import { setupSteps } from './setup';

const none = { hasRoot: false, orgs: 0, places: 0, units: 0, members: 0, enabledModels: 0, cityAdmins: 0 };

describe('new-city setup checklist', () => {
  it('starts at the root committee and walks the steps in order', () => {
    const empty = setupSteps(none);
    expect(empty.complete).toBe(false);
    expect(empty.next).toBe('rootOrg');
    expect(empty.steps.map((s) => s.key)).toEqual([
      'rootOrg',
      'orgTree',
      'places',
      'units',
      'members',
      'model',
      'cityAdmins',
    ]);
    // A fresh city has its root (created with it) and nothing below.
    const fresh = setupSteps({ ...none, hasRoot: true, orgs: 1 });
    expect(fresh.steps.filter((s) => s.done).map((s) => s.key)).toEqual(['rootOrg']);
    expect(fresh.next).toBe('orgTree');
    expect(fresh.steps[1]).toMatchObject({
      count: 0,
      page: 'import?kind=orgs',
      template: 'roster/templates/orgs.xlsx',
    });
  });

  it('counts the tree below the root, and a later step done early does not hide an earlier one', () => {
    const r = setupSteps({ ...none, hasRoot: true, orgs: 4, members: 12, cityAdmins: 1 });
    expect(r.steps.find((s) => s.key === 'orgTree')).toMatchObject({ done: true, count: 3 });
    expect(r.next).toBe('places');
    expect(r.steps.find((s) => s.key === 'members')).toMatchObject({ done: true, count: 12 });
  });

  it('is complete only when every step is done', () => {
    const all = { hasRoot: true, orgs: 2, places: 1, units: 1, members: 1, enabledModels: 1, cityAdmins: 1 };
    expect(setupSteps(all)).toMatchObject({ complete: true, next: null });
    expect(setupSteps({ ...all, cityAdmins: 0 })).toMatchObject({ complete: false, next: 'cityAdmins' });
    expect(setupSteps({ ...all, hasRoot: false })).toMatchObject({ complete: false, next: 'rootOrg' });
  });
});
