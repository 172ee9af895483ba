import { actionsFor, type CityAccess } from '@jiceng/plugin-kit';
import { describe, expect, it } from 'vitest';
import {
  filePart1Refusal,
  formColumns,
  letterNo,
  mayStamp,
  ONLY_THE_COMMUNITY_STAMPS,
  parsePhoto,
  residenceInCommunity,
  statusWords,
} from './rules';

const community = '/1/2/3/';

describe('mayStamp (接收盖章)', () => {
  it('lets an admin of exactly the community org stamp a waiting letter', () => {
    expect(
      mayStamp({ level: 'orgs', paths: ['/9/', community] }, { community_path: community, status: 'sent' }),
    ).toEqual({
      allowed: true,
    });
  });
  it('refuses the level above, a city admin and the member with 403', () => {
    for (const access of [
      { level: 'orgs', paths: ['/1/2/'] },
      { level: 'city', platform: false },
      { level: 'self', memberId: 5 },
    ] satisfies CityAccess[])
      expect(mayStamp(access, { community_path: community, status: 'sent' })).toEqual({
        allowed: false,
        reason: ONLY_THE_COMMUNITY_STAMPS,
      });
  });
  it('refuses a letter no longer waiting with 409, naming its status in words', () => {
    const p = mayStamp(
      { level: 'orgs', paths: [community] },
      { community_path: community, status: 'stamped' },
    );
    expect(p).toEqual({
      allowed: false,
      status: 409,
      reason: {
        'zh-CN': '当前状态为「社区已盖章」，不能盖章',
        en: 'cannot stamp: the registration is “Stamped by community”',
      },
    });
    // A list row says the same in the caller's language.
    expect(actionsFor({ stamp: p }, 'en')).toEqual({
      stamp: { allowed: false, reason: 'cannot stamp: the registration is “Stamped by community”' },
    });
  });
  it('checks who before when: the unit asking about a stamped card hears it may not stamp at all', () => {
    expect(
      mayStamp({ level: 'orgs', paths: ['/7/'] }, { community_path: community, status: 'filed' }),
    ).toEqual({
      allowed: false,
      reason: ONLY_THE_COMMUNITY_STAMPS,
    });
  });
});

describe('statusWords', () => {
  it('words a known status and keeps an unknown code', () => {
    expect(statusWords('returned')).toEqual({ 'zh-CN': '社区退回', en: 'Returned by community' });
    expect(statusWords('lost')).toEqual({ 'zh-CN': 'lost', en: 'lost' });
  });
});

describe('filePart1Refusal', () => {
  it('allows filing a stamped card only', () => {
    expect(filePart1Refusal('stamped')).toBeUndefined();
    expect(filePart1Refusal('sent')?.en).toBe('the community has not stamped the card yet');
    expect(filePart1Refusal('filed')).toEqual({
      'zh-CN': '当前状态为「两联均已存档」',
      en: 'the registration is “Both parts filed”',
    });
  });
});

describe('letterNo', () => {
  it('numbers the letter by day, member and the member’s letters so far', () => {
    expect(letterNo('2026-03-01', 42, 0)).toBe('SLSG20260301-42-1');
    expect(letterNo('2026-12-31', 7, 2)).toBe('SLSG20261231-7-3');
  });
});

describe('residenceInCommunity', () => {
  it('needs the place under the community’s place, when the community has one', () => {
    expect(residenceInCommunity('/5/6/7/', '/5/6/')).toBe(true);
    expect(residenceInCommunity('/5/8/', '/5/6/')).toBe(false);
    expect(residenceInCommunity('/5/8/', undefined)).toBe(true);
  });
});

describe('formColumns', () => {
  it('sets only the named fields, null included, under their column names', () => {
    expect(formColumns({ skills: '法律', address: null, onBoard: true, showPost: undefined })).toEqual({
      skills: '法律',
      address: null,
      on_board: true,
    });
    expect(formColumns({})).toEqual({});
  });
});

describe('parsePhoto', () => {
  it('reads type, data and size of a base64 data URL', () => {
    expect(parsePhoto('data:image/png;base64,AAAABBBB')).toEqual({
      mime: 'image/png',
      base64: 'AAAABBBB',
      bytes: 6, // 8 base64 characters carry 6 bytes
    });
    expect(parsePhoto('data:image/gif;base64,AAAA')).toBeUndefined();
  });
});
