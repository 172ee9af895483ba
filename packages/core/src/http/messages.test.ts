import { describe, expect, it } from 'vitest';
import { localeFrom, translate } from './messages';

describe('translate', () => {
  it('fills params, names core entities, and picks a plugin’s two-language param by locale', () => {
    expect(translate('en', 'not_found', { entity: 'org' })).toBe('Organization not found');
    expect(translate('zh-CN', 'not_found', { entity: 'org' })).toBe('未找到党组织');
    const reason = { 'zh-CN': '只有社区党组织可以盖章', en: 'only the community may stamp' };
    expect(translate('zh-CN', 'conflict', { reason })).toBe('操作冲突：只有社区党组织可以盖章');
    expect(translate('en', 'conflict', { reason })).toBe('Conflict: only the community may stamp');
    expect(translate('en', 'not_found', { entity: { 'zh-CN': '反馈卡', en: 'Feedback card' } })).toBe(
      'Feedback card not found',
    );
    // A plain string is kept as it is; an unknown key is its own message.
    expect(translate('en', 'conflict', { reason: 'as is' })).toBe('Conflict: as is');
    expect(translate('en', 'no_such_key')).toBe('no_such_key');
  });

  it('reads the language from Accept-Language, Chinese by default', () => {
    expect(localeFrom('en-US,en;q=0.9')).toBe('en');
    expect(localeFrom('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFrom(undefined)).toBe('zh-CN');
  });
});
