import { crossModelIndicator, validatePlugin } from '@jiceng/core';
import { DEMO_CITIES, installedPlugins } from '@jiceng/api';
import { describe, expect, it } from 'vitest';

describe('the installed plugin registry', () => {
  it('holds valid plugins with unique ids', () => {
    const ids = installedPlugins.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of installedPlugins)
      expect(() => validatePlugin(p, (id) => !!crossModelIndicator(id))).not.toThrow();
  });
  it('every demo city enables one installed model', () => {
    for (const city of DEMO_CITIES)
      for (const id of city.plugins) expect(installedPlugins.map((p) => p.id)).toContain(id);
  });
});
