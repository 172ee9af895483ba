import type { CityAccess } from '@jiceng/core';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  inScope,
  invalid,
  mondayOf,
  num,
  numOrNull,
  optionalText,
  phoneNumber,
  queryId,
  refuse,
  roundTo,
  say,
  text,
  todayOf,
  underAnyPath,
} from './index';

const orgs = (...paths: string[]): CityAccess => ({ level: 'orgs', paths });

describe('calendar', () => {
  it('adds days across month and year ends, and back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('adds calendar months, clamping the day to the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -13)).toBe('2025-02-28');
    expect(addMonths('2026-05-10', 0)).toBe('2026-05-10');
  });
  it('counts whole days between two dates, signed', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2028-01-01', '2028-03-01')).toBe(60);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });
  it('finds the Monday of a week (weeks start on Monday)', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(mondayOf('2026-12-13')).toBe('2026-12-07'); // the Sunday after
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the year end
  });
  it("reads today in China's calendar from the injected clock", () => {
    // 16:30 UTC is already the next day in Beijing (UTC+8).
    expect(todayOf({ clock: { now: () => new Date('2026-12-06T16:30:00Z') } })).toBe('2026-12-07');
  });
});

describe('numbers from SQL', () => {
  it('reads counts as 0 when absent and values as null when absent', () => {
    expect(num('42')).toBe(42);
    expect(num(null)).toBe(0);
    expect(num(undefined)).toBe(0);
    expect(numOrNull('3.5')).toBe(3.5);
    expect(numOrNull(null)).toBeNull();
    expect(roundTo(1.25, 1)).toBe(1.3);
    expect(roundTo(2 / 3, 2)).toBe(0.67);
  });
});

describe('refusals', () => {
  it('400 names the field and carries the reason in both languages', () => {
    const e = invalid(say('不是社区党组织', 'not a community organization'), 'communityOrgId');
    expect(e.status).toBe(400);
    expect(e.key).toBe('validation_failed');
    expect(e.field).toBe('communityOrgId');
    expect(e.params).toEqual({ detail: { 'zh-CN': '不是社区党组织', en: 'not a community organization' } });
  });
  it('409 for a workflow rule, field optional', () => {
    const e = refuse(say('已盖章', 'already stamped'));
    expect(e.status).toBe(409);
    expect(e.key).toBe('conflict');
    expect(e.field).toBeUndefined();
  });
});

describe('schemas', () => {
  it('trims text and refuses blank or too long', () => {
    expect(text(5).parse('  abc ')).toBe('abc');
    expect(text(5).safeParse('   ').success).toBe(false);
    expect(text(5).safeParse('abcdef').success).toBe(false);
    expect(optionalText(3).parse(null)).toBeNull();
    expect(optionalText(3).parse(undefined)).toBeUndefined();
    expect(optionalText(3).safeParse('abcd').success).toBe(false);
  });
  it('reads ids from query strings and refuses non-positive ones', () => {
    expect(queryId.parse('12')).toBe(12);
    expect(queryId.safeParse('0').success).toBe(false);
    expect(queryId.safeParse('x').success).toBe(false);
  });
  it('accepts mobiles and landlines only', () => {
    expect(phoneNumber.safeParse('13800001234').success).toBe(true);
    expect(phoneNumber.safeParse('0597-2345678').success).toBe(true);
    expect(phoneNumber.safeParse('12345').success).toBe(false);
    expect(phoneNumber.safeParse('23800001234').success).toBe(false);
  });
});

describe('scope', () => {
  it('a path is in reach under one of the actor subtrees; no path is in nobody reach', () => {
    expect(inScope(orgs('/1/2/'), '/1/2/3/')).toBe(true);
    expect(inScope(orgs('/1/2/'), '/1/4/')).toBe(false);
    expect(inScope({ level: 'city', platform: false }, '/9/')).toBe(true);
    expect(inScope({ level: 'city', platform: false }, null)).toBe(false);
    expect(inScope({ level: 'self', memberId: null }, '/1/')).toBe(false);
  });
});

describe('underAnyPath', () => {
  // Compiled by Kysely's PostgreSQL compiler without a database: the SQL text and its parameters.
  const db = new Kysely<Record<string, never>>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const where = (condition: ReturnType<typeof underAnyPath>) => {
    const q = sql`select 1 where ${condition}`.compile(db);
    return { sql: q.sql.replace('select 1 where ', ''), parameters: q.parameters };
  };

  it('is true without a limit and false for no path at all (never an empty "()")', () => {
    expect(where(underAnyPath('o.path', null))).toEqual({ sql: 'true', parameters: [] });
    expect(where(underAnyPath('o.path', []))).toEqual({ sql: 'false', parameters: [] });
    expect(where(underAnyPath([], ['/1/']))).toEqual({ sql: 'false', parameters: [] });
  });

  it('matches any column under any path, each path a prefix parameter', () => {
    expect(where(underAnyPath('o.path', ['/1/2/']))).toEqual({
      sql: '("o"."path" like $1)',
      parameters: ['/1/2/%'],
    });
    expect(where(underAnyPath(['uo.path', 'co.path'], ['/1/', '/7/']))).toEqual({
      sql: '("uo"."path" like $1 or "co"."path" like $2 or "uo"."path" like $3 or "co"."path" like $4)',
      parameters: ['/1/%', '/1/%', '/7/%', '/7/%'],
    });
  });
});

describe('request helpers', () => {
  it('read who acts from any route context (a typed plugin route compiles against them)', async () => {
    const { Hono } = await import('hono');
    const { whoOf, requireMemberActor } = await import('./index');
    const app = new Hono<{
      Variables: {
        city: { id: number; code: string };
        actor: { userId: number; memberId: number | null };
        access: CityAccess;
        pluginConfig: { minNoteLength: number };
      };
    }>();
    app.use(async (c, next) => {
      c.set('city', { id: 7, code: 'aa' });
      c.set('actor', { userId: 3, memberId: null });
      c.set('access', { level: 'self', memberId: null });
      await next();
    });
    app.post('/notes/:id', (c) => c.json({ who: whoOf(c), member: requireMemberActor(c) }));
    app.get('/who', (c) => c.json(whoOf(c)));
    app.onError((e, c) => c.json({ status: (e as { status?: number }).status }, 200));
    const res = await app.request('/notes/1', { method: 'POST' });
    expect(await res.json()).toEqual({ status: 403 });
    expect(await (await app.request('/who')).json()).toEqual({ cityId: 7, userId: 3 });
  });
});
