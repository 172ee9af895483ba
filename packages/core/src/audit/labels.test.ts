import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configPaths, type JicengPlugin, validatePlugin } from '../plugins/contract';
import { auditOwner, auditWords, unlabelledAudit } from './index';

const say = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const plugin = {
  id: 'demo-model',
  version: '1.0.0',
  platform: '^0.1.0',
  names: say('示例模式', 'Demo model'),
  description: say('示例', 'Demo'),
  region: say('某地', 'Somewhere'),
  features: [],
  config: z.object({
    limit: z.number().default(3),
    rules: z.object({ days: z.number().default(7) }).default({ days: 7 }),
  }),
  migrations: {},
  api: () => new Hono(),
  web: async () => ({ default: { id: 'demo-model' } }),
  indicators: [],
  labels: {
    config: { limit: say('上限', 'Limit'), rules: say('规则', 'Rules'), 'rules.days': say('天数', 'Days') },
    entities: { visit: say('走访', 'Visit') },
    actions: { confirm: say('确认', 'Confirm') },
    entityPages: { visit: 'visits' },
  },
} satisfies JicengPlugin<any>;

describe('audit and settings labels', () => {
  it('finds the owning plugin of an entity by its schema, and core for a bare entity', () => {
    expect(auditOwner([plugin], 'p_demo_model.visit')).toEqual({ plugin, key: 'visit' });
    expect(auditOwner([plugin], 'member')).toEqual({ plugin: null, key: 'member' });
    expect(auditOwner([plugin], 'p_other.visit').plugin).toBeNull();
  });

  it('words a plugin entry with the model, its entity and action, and its page; core words fill common actions', () => {
    expect(auditWords([plugin], { entity: 'p_demo_model.visit', action: 'confirm' }, 'zh-CN')).toEqual({
      model: '示例模式',
      entity: '走访',
      action: '确认',
      page: 'p/demo-model/visits',
    });
    expect(auditWords([plugin], { entity: 'p_demo_model.visit', action: 'create' }, 'en').action).toBe(
      'Create',
    );
    expect(auditWords([plugin], { entity: 'member', action: 'reveal' }, 'zh-CN')).toEqual({
      model: null,
      entity: '党员',
      action: '查看完整信息',
      page: 'members',
    });
  });

  it('lists the audit entries a plugin left without words, and no core ones', () => {
    expect(
      unlabelledAudit(plugin, [
        { entity: 'p_demo_model.visit', action: 'confirm' },
        { entity: 'p_demo_model.visit', action: 'update' },
        { entity: 'p_demo_model.trip', action: 'stamp' },
        { entity: 'member', action: 'stamp' },
      ]),
    ).toEqual([
      'labels.actions.stamp: audit action on p_demo_model.trip has no label',
      'labels.entities.trip: audit entity p_demo_model.trip has no label',
    ]);
  });

  it('names config paths, nested ones dotted, and refuses a label for a setting that does not exist', () => {
    expect(configPaths(plugin.config)).toEqual(['limit', 'rules', 'rules.days']);
    expect(() => validatePlugin(plugin, () => true)).not.toThrow();
    const typo = { ...plugin, labels: { config: { limt: say('上限', 'Limit') } } };
    expect(() => validatePlugin(typo, () => true)).toThrow(/labels\.config\.limt: no such config setting/);
    const badOption = { ...plugin, labels: { configOptions: { 'rules.weeks': { a: say('甲', 'A') } } } };
    expect(() => validatePlugin(badOption, () => true)).toThrow(
      /labels\.configOptions\.rules\.weeks: no such config setting/,
    );
    const oneLanguage = { ...plugin, labels: { actions: { confirm: { 'zh-CN': '确认' } } } };
    expect(() => validatePlugin(oneLanguage as never, () => true)).toThrow(/labels\.actions\.confirm\.en/);
  });
});
