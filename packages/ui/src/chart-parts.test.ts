import { describe, expect, it } from 'vitest';
import { COMMON_COMPONENTS, COMMON_SERIES, MORE_COMPONENTS, MORE_SERIES, needsMoreParts } from './chart-parts';
import * as common from './echarts';
import * as more from './echarts-more';

describe('chart parts', () => {
  it('lists exactly what each chunk registers', () => {
    expect(Object.keys(common.SERIES).sort()).toEqual([...COMMON_SERIES].sort());
    expect(Object.keys(common.COMPONENTS).sort()).toEqual([...COMMON_COMPONENTS].sort());
    expect(Object.keys(more.SERIES).sort()).toEqual([...MORE_SERIES].sort());
    expect(Object.keys(more.COMPONENTS).sort()).toEqual([...MORE_COMPONENTS].sort());
    for (const part of [common.SERIES, common.COMPONENTS, more.SERIES, more.COMPONENTS].flatMap(Object.values)) expect(typeof part).toBe('function');
  });

  it('fetches the second chunk only for an option that uses one of its parts', () => {
    expect(needsMoreParts({ series: [{ type: 'bar' }, { type: 'line' }], tooltip: {}, legend: {} })).toBe(false);
    expect(needsMoreParts({ series: { type: 'pie' } })).toBe(false);
    expect(needsMoreParts({})).toBe(false);
    expect(needsMoreParts({ series: [{ type: 'bar' }, { type: 'boxplot' }] })).toBe(true);
    expect(needsMoreParts({ series: { type: 'treemap' } })).toBe(true);
    expect(needsMoreParts({ series: [{ type: 'tree' }] })).toBe(true);
    expect(needsMoreParts({ radar: { indicator: [] }, series: [{ type: 'radar' }] })).toBe(true);
    expect(needsMoreParts({ series: [{ type: 'bar' }], dataZoom: [{ type: 'slider' }] })).toBe(true);
    expect(needsMoreParts({ series: [null, { type: 'line' }] })).toBe(false);
  });
});
