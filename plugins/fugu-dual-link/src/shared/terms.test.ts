import { describe, expect, it } from 'vitest';
import { flagDetailText } from './terms';

describe('flag facts in words', () => {
  it('words each known fact and translates its codes, in either language', () => {
    expect(flagDetailText({ lastSeen: '2025-11-02' }, 'zh-CN')).toBe('最近参加社区活动 2025-11-02');
    expect(flagDetailText({ kind: 'half_year', period: '2026H1', due: '2026-07-15' }, 'en')).toBe(
      'card Half-year card; period 2026H1; due 2026-07-15',
    );
    expect(flagDetailText({ flowId: 3, reason: 'no_dues', lastDues: null }, 'zh-CN')).toBe(
      '原因 半年未交党费；最近交党费 —',
    );
    expect(flagDetailText({ campaignId: 1, step: 'link' }, 'zh-CN')).toBe('步骤 双向联系');
  });

  it('never shows a key nobody worded, nor an id', () => {
    expect(flagDetailText({ flowId: 9, somethingNew: 'x' }, 'en')).toBe('—');
    expect(flagDetailText(null, 'en')).toBe('—');
  });
});
