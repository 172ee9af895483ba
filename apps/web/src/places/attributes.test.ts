import { describe, expect, it } from 'vitest';
import type { PluginSetting } from '../types';
import { attributeFields, attributeValueLabel, enabledAttributes } from './attributes';

const band = {
  key: 'size_band',
  appliesTo: ['community'],
  labels: { 'zh-CN': '规模档次', en: 'Size band' },
  values: [
    { value: 'large', labels: { 'zh-CN': '大型社区', en: 'Large' } },
    { value: 'small', labels: { 'zh-CN': '小型社区', en: 'Small' } },
  ],
};
const words = { 'zh-CN': '测试', en: 'Test' };
const plugin = (id: string, enabled: boolean, placeAttributes?: (typeof band)[]): PluginSetting => ({
  id,
  names: words,
  description: words,
  region: words,
  enabled,
  ...(placeAttributes ? { placeAttributes } : {}),
});

describe('place attributes in the place form', () => {
  it('takes the attributes of the enabled models only', () => {
    const other = { ...band, key: 'other' };
    expect(
      enabledAttributes([plugin('a', true, [band]), plugin('b', false, [other]), plugin('c', true)]),
    ).toEqual([band]);
  });

  it('sends the chosen value where the attribute applies, and clears it elsewhere or when none is chosen', () => {
    expect(attributeFields([band], 'community', { size_band: 'small' })).toEqual({ size_band: 'small' });
    expect(attributeFields([band], 'community', {})).toEqual({ size_band: null });
    expect(attributeFields([band], 'compound', { size_band: 'small' })).toEqual({ size_band: null });
  });

  it('shows a value by its label, or its code when the model no longer lists it', () => {
    expect(attributeValueLabel(band, 'large', 'zh-CN')).toBe('大型社区');
    expect(attributeValueLabel(band, 'large', 'en')).toBe('Large');
    expect(attributeValueLabel(band, 'gone', 'en')).toBe('gone');
  });
});
