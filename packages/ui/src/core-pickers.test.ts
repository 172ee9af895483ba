import { describe, expect, it } from 'vitest';
import { orgOptions } from './core-pickers';

describe('orgOptions', () => {
  it('lists each org once, in the order the answers found them, by name', () => {
    const streets = { items: [{ id: 3, name: '东街道党工委' }] };
    const communities = {
      items: [
        { id: 7, name: '甲社区党委' },
        { id: 3, name: '东街道党工委' },
        { id: 5, name: '乙社区党委' },
      ],
    };
    expect(orgOptions([streets, communities])).toEqual([
      { value: 3, label: '东街道党工委' },
      { value: 7, label: '甲社区党委' },
      { value: 5, label: '乙社区党委' },
    ]);
  });

  it('is empty for no answer or empty answers', () => {
    expect(orgOptions([])).toEqual([]);
    expect(orgOptions([{ items: [] }, { items: [] }])).toEqual([]);
  });
});
