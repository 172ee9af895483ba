import { describe, expect, it } from 'vitest';
import { sharedWhileInFlight } from './in-flight';

describe('sharedWhileInFlight', () => {
  const setup = () => {
    const calls: string[] = [];
    const release: (() => void)[] = [];
    const fn = sharedWhileInFlight(
      (db: { name: string }, key: string) => {
        calls.push(`${db.name}:${key}`);
        return new Promise<string>((resolve, reject) =>
          release.push(() => (key === 'bad' ? reject(new Error('failed')) : resolve(`${db.name}:${key}`))),
        );
      },
      (key) => key,
    );
    return { calls, release, fn };
  };

  it('runs once for concurrent calls with the same database and key, and again once settled', async () => {
    const { calls, release, fn } = setup();
    const db = { name: 'a' };
    const all = Promise.all([fn(db, 'x'), fn(db, 'x'), fn(db, 'x')]);
    expect(calls).toEqual(['a:x']);
    release[0]!();
    expect(await all).toEqual(['a:x', 'a:x', 'a:x']);
    const again = fn(db, 'x');
    expect(calls).toEqual(['a:x', 'a:x']);
    release[1]!();
    expect(await again).toBe('a:x');
  });

  it('keeps other keys and other databases (a transaction) apart', async () => {
    const { calls, release, fn } = setup();
    const a = { name: 'a' };
    const trx = { name: 'trx' };
    const all = Promise.all([fn(a, 'x'), fn(a, 'y'), fn(trx, 'x')]);
    expect(calls).toEqual(['a:x', 'a:y', 'trx:x']);
    for (const r of release) r();
    expect(await all).toEqual(['a:x', 'a:y', 'trx:x']);
  });

  it('hands a failure to every waiting caller and forgets it', async () => {
    const { calls, release, fn } = setup();
    const db = { name: 'a' };
    const both = Promise.allSettled([fn(db, 'bad'), fn(db, 'bad')]);
    release[0]!();
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const retry = fn(db, 'bad').catch((e: Error) => e.message);
    expect(calls).toEqual(['a:bad', 'a:bad']);
    release[1]!();
    expect(await retry).toBe('failed');
  });
});
