import { describe, expect, it } from 'vitest';
import { cardRatings, cardView, kindOfKey, opensOn, periodOf, recipientsFor } from './rules';

describe('periodOf', () => {
  it('reads a half year and a year by the card’s kind', () => {
    expect(periodOf('half_year', '2026-H2')).toEqual({
      span: { key: '2026-H2', from: '2026-07-01', to: '2026-12-31' },
    });
    expect(periodOf('annual', '2026')).toEqual({
      span: { key: '2026', from: '2026-01-01', to: '2026-12-31' },
    });
  });
  it('refuses a key of the other kind or none', () => {
    expect(periodOf('half_year', '2026')).toEqual({
      problem: { 'zh-CN': '半年卡的期间形如 2026-H1', en: 'use 2026-H1 or 2026-H2' },
    });
    expect('problem' in periodOf('annual', '2026-H1')).toBe(true);
    expect('problem' in periodOf('half_year', '2026-Q1')).toBe(true);
  });
});

describe('kindOfKey and opensOn', () => {
  it('a bare year is year-end; a card opens on the first of its last month', () => {
    expect([kindOfKey('2026'), kindOfKey('2026-H1')]).toEqual(['annual', 'half_year']);
    expect(opensOn({ key: '2026-H1', from: '2026-01-01', to: '2026-06-30' })).toBe('2026-06-01');
    expect(opensOn({ key: '2026', from: '2026-01-01', to: '2026-12-31' })).toBe('2026-12-01');
  });
});

describe('recipientsFor', () => {
  it('sends year-end cards of 副科级以上 to the office too, all others to the unit only', () => {
    expect(recipientsFor('annual', 'section_deputy')).toEqual(['unit', 'office']);
    expect(recipientsFor('half_year', 'section_deputy')).toEqual(['unit']);
    expect(recipientsFor('annual', 'none')).toEqual(['unit']);
  });
});

describe('cardRatings', () => {
  const all = { participation: 'good', discipline: 'fair', neighbourhood: 'good', obedience: 'good' };
  it('needs every aspect and an overall rating on a year-end card, naming the first missing field', () => {
    expect(cardRatings('annual', all, 'good')).toEqual({ ratings: all });
    expect(cardRatings('annual', { participation: 'good' }, 'good')).toMatchObject({
      field: 'ratings.discipline',
    });
    expect(cardRatings('annual', all, null)).toMatchObject({ field: 'overall' });
  });
  it('keeps a half-year card’s ratings only when some were given', () => {
    expect(cardRatings('half_year', {}, null)).toEqual({ ratings: null });
    expect(cardRatings('half_year', undefined, null)).toEqual({ ratings: null });
    expect(cardRatings('half_year', { discipline: 'poor' }, null)).toEqual({
      ratings: { discipline: 'poor' },
    });
  });
});

describe('cardView', () => {
  it('drops the paths, says whether it was on time and keeps its own deliveries', () => {
    const v = cardView(
      { id: 3, sentOn: '2026-07-16', dueOn: '2026-07-15', communityPath: '/1/', unitPath: '/2/' },
      [
        { cardId: 3, recipient: 'unit' },
        { cardId: 4, recipient: 'unit' },
      ],
    );
    expect(v).toEqual({
      id: 3,
      sentOn: '2026-07-16',
      dueOn: '2026-07-15',
      onTime: false,
      deliveries: [{ cardId: 3, recipient: 'unit' }],
    });
  });
});
