import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api';
import { errorText, label, optionsOf, tr } from './text';

const STATES = { open: { 'zh-CN': '办理中', en: 'Open' }, closed: { 'zh-CN': '已销号', en: 'Closed' } };

describe('page text helpers', () => {
  it('tr picks the language', () => {
    expect(tr('zh-CN')('社区', 'Community')).toBe('社区');
    expect(tr('en')('社区', 'Community')).toBe('Community');
  });
  it('label reads a vocabulary, shows unknown codes as they are and nothing as a dash', () => {
    expect(label(STATES, 'closed', 'zh-CN')).toBe('已销号');
    expect(label(STATES, 'closed', 'en')).toBe('Closed');
    expect(label(STATES, 'frozen', 'en')).toBe('frozen');
    expect(label(STATES, null, 'en')).toBe('—');
  });
  it('optionsOf keeps the vocabulary order', () => {
    expect(optionsOf(STATES, 'en')).toEqual([
      { value: 'open', label: 'Open' },
      { value: 'closed', label: 'Closed' },
    ]);
  });
  it("errorText shows the API's message and the field it names", () => {
    const e = new ApiRequestError(400, {
      code: 'validation_failed',
      message: '不是有效的日期',
      field: 'startOn',
    });
    expect(errorText(e)).toBe('不是有效的日期（startOn）');
    expect(errorText(new Error('offline'))).toBe('offline');
  });
});
