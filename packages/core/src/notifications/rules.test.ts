import { describe, expect, it } from 'vitest';
import { checkNotice, clip, NOTICE_LIMITS, retryDelayMs } from './rules';

const base = {
  cityId: 1,
  kind: 'report_confirmed',
  title: { 'zh-CN': '报到已确认', en: 'Report confirmed' },
};

describe('notice rules', () => {
  it('cuts long texts with an ellipsis and fills a missing language from the other', () => {
    expect(clip('  a  ', 5)).toBe('a');
    expect(clip('   ', 5)).toBeUndefined();
    expect(clip('一二三四五六', 4)).toBe('一二三…');
    const n = checkNotice({ ...base, title: { 'zh-CN': '好'.repeat(500), en: '' }, memberIds: [3, 3, 4] });
    expect([...n.title.zh]).toHaveLength(NOTICE_LIMITS.title);
    expect(n.title.en).toBe(n.title.zh);
    expect(n.memberIds).toEqual([3, 4]);
    expect(n.body).toBeNull();
  });

  it('refuses a malformed notice: too many recipients, a kind not snake_case, a link out of the plugin', () => {
    const many = Array.from({ length: NOTICE_LIMITS.recipients + 1 }, (_, i) => i + 1);
    expect(() => checkNotice({ ...base, userIds: many })).toThrow(/recipients/);
    expect(() => checkNotice({ ...base, userIds: many.slice(0, -1) })).not.toThrow();
    expect(() => checkNotice({ ...base, kind: 'Report Confirmed' })).toThrow(/kind/);
    expect(() => checkNotice({ ...base, title: { 'zh-CN': ' ', en: '' } })).toThrow(/title/);
    for (const href of ['https://evil.example/', 'javascript:alert(1)', '../admin', 'a/../../x', 'a\\b'])
      expect(() => checkNotice({ ...base, href }), href).toThrow(/href/);
    expect(checkNotice({ ...base, href: '/reports?status=confirmed' }).href).toBe('reports?status=confirmed');
    expect(() => checkNotice({ ...base, onceKey: '' })).toThrow(/onceKey/);
    expect(() => checkNotice({ ...base, userIds: [0] })).toThrow(/userIds/);
  });

  it('waits longer after each failed send, up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
  });
});
