import { describe, expect, it } from 'vitest';
import { attributeColumns, attributeProblem, parseAttributeValue } from './attribute-rules';
import { installedAttributes } from './attributes';
import { sizeBandPlugin } from './test-plugin';

const band = sizeBandPlugin.placeAttributes![0]!;

describe('place attribute rules', () => {
  it('reads a value from its code, either label or an alias, ignoring spaces and case', () => {
    expect(parseAttributeValue(band, 'large')).toBe('large');
    expect(parseAttributeValue(band, ' 大型 社区 ')).toBe('large');
    expect(parseAttributeValue(band, 'SMALL')).toBe('small');
    expect(parseAttributeValue(band, '小型')).toBe('small');
    expect(parseAttributeValue(band, '中型')).toBeUndefined();
  });

  it('says why a place may not take a value: unknown key, other kind, value outside the list', () => {
    expect(attributeProblem([band], 'community', 'size_band', 'small')).toBeNull();
    expect(attributeProblem([band], 'compound', 'size_band', null)).toBeNull();
    expect(attributeProblem([band], 'community', 'colour', null)?.code).toBe('place_attribute_unknown');
    expect(attributeProblem([band], 'compound', 'size_band', 'small')).toEqual({
      code: 'place_attribute_kind',
      params: { attribute: band.labels, kinds: { 'zh-CN': '社区', en: 'Community' } },
    });
    expect(attributeProblem([band], 'community', 'size_band', 'huge')).toEqual({
      code: 'place_attribute_value',
      params: {
        attribute: band.labels,
        value: 'huge',
        allowed: { 'zh-CN': '大型社区、小型社区', en: 'Large, Small' },
      },
    });
  });

  it('makes one roster column per attribute, headed by its labels', () => {
    expect(attributeColumns([band])).toEqual([
      {
        field: 'attributes.size_band',
        'zh-CN': '规模档次',
        en: 'Size band',
        aliases: ['size_band'],
        help: { 'zh-CN': '仅社区填写：大型社区、小型社区', en: 'Community only: Large, Small' },
        attribute: band,
      },
    ]);
  });

  it('refuses two installed plugins declaring one key', () => {
    expect(installedAttributes([sizeBandPlugin])).toEqual([band]);
    expect(() => installedAttributes([sizeBandPlugin, { ...sizeBandPlugin, id: 'other-test' }])).toThrow(
      /size_band is declared by both size-band-test and other-test/,
    );
  });
});
