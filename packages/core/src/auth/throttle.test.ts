import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../http/client-address';
import { httpSettings } from '../http/settings';
import { decideAttempt, lockSeconds, loginKeys, THROTTLE, type ThrottleRow } from './throttle';

const now = new Date('2026-06-01T08:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const row = (key: string, failures: number, over: Partial<ThrottleRow> = {}): ThrottleRow => ({
  key,
  failures,
  windowStartedAt: at(-60),
  lockedUntil: null,
  ...over,
});

describe('lockSeconds', () => {
  it('is free up to the limit, then doubles up to its cap', () => {
    const p = THROTTLE.pair;
    expect([1, 4].map((n) => lockSeconds(p, n))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => lockSeconds(p, n))).toEqual([1, 2, 4, 8]);
    expect(lockSeconds(p, 500)).toBe(p.maxSeconds);
    expect(lockSeconds(THROTTLE.account, 1000)).toBe(60);
    expect(lockSeconds(THROTTLE.address, THROTTLE.address.free)).toBe(15 * 60);
  });
  it('one address cannot push the account counter to its own delay through the pair counter in a window', () => {
    // Tries one address gets at one account in a window: the free ones, then one each time the pair lock ends.
    let tries = 0;
    let elapsed = 0;
    for (let n = 1; elapsed <= THROTTLE.windowMinutes * 60; n++) {
      tries = n;
      elapsed += lockSeconds(THROTTLE.pair, n);
    }
    expect(tries).toBeLessThan(THROTTLE.account.free);
  });
});

describe('decideAttempt', () => {
  const k = loginKeys('Admin', '10.0.0.1');
  const rows = (failures: [number, number, number], over: Partial<ThrottleRow>[] = []) =>
    [k.account, k.address, k.pair].map((key, i) => row(key, failures[i]!, over[i]));

  it('keys are lower-cased and sorted, so racing attempts lock rows in one order', () => {
    expect(k.keys).toEqual(['addr:10.0.0.1', 'pair:admin@10.0.0.1', 'user:admin']);
  });
  it('counts the attempt on every key and locks the key that reached its limit', () => {
    const d = decideAttempt(rows([0, 0, 4]), k.policies, now);
    expect(d.allowed).toBe(true);
    if (!d.allowed) return;
    const byKey = Object.fromEntries(d.rows.map((r) => [r.key, r]));
    expect(byKey[k.pair]).toMatchObject({ failures: 5, lockedUntil: at(1) });
    expect(byKey[k.account]).toMatchObject({ failures: 1, lockedUntil: null });
    expect(byKey[k.address]).toMatchObject({ failures: 1, lockedUntil: null });
  });
  it('refuses while any key is locked, counting nothing, with the longest wait', () => {
    const d = decideAttempt(
      rows([3, 3, 9], [{ lockedUntil: at(40) }, {}, { lockedUntil: at(7.2) }]),
      k.policies,
      now,
    );
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });
  it('starts a window over once it has passed and its lock has ended', () => {
    const old = { windowStartedAt: at(-16 * 60), lockedUntil: at(-1) };
    const d = decideAttempt(rows([19, 29, 9], [old, old, old]), k.policies, now);
    expect(d.allowed && d.rows.map((r) => r.failures)).toEqual([1, 1, 1]);
    expect(d.allowed && d.rows.every((r) => r.windowStartedAt === now && r.lockedUntil === null)).toBe(true);
  });
});

describe('client address', () => {
  it('is the socket’s unless a trusted proxy says otherwise', () => {
    expect(clientAddressOf({ socketAddress: '::ffff:10.1.2.3', trustProxy: false })).toBe('10.1.2.3');
    expect(clientAddressOf({ socketAddress: '10.1.2.3', forwardedFor: '6.6.6.6', trustProxy: false })).toBe(
      '10.1.2.3',
    );
    expect(clientAddressOf({ socketAddress: undefined, trustProxy: false })).toBe('unknown');
  });
  it('behind a trusted proxy takes the right-most X-Forwarded-For entry, not what the client claimed', () => {
    const forwardedFor = '6.6.6.6, 203.0.113.9';
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor, trustProxy: true })).toBe(
      '203.0.113.9',
    );
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: 'junk', trustProxy: true })).toBe(
      '127.0.0.1',
    );
  });
  it('trusts the proxy only when JICENG_TRUST_PROXY says so', () => {
    expect(httpSettings({}).trustProxy).toBe(false);
    expect(httpSettings({ JICENG_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(httpSettings({ JICENG_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(httpSettings({ JICENG_TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });
});
