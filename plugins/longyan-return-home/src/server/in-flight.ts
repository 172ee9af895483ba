/**
 * Concurrent calls with the same database and key share one computation: core computes a city's indicators all at
 * once (Promise.all), and five of Longyan's read the same member rollup, which would otherwise scan the city's
 * members five times per compare. Only calls in flight are shared; once it settles, the next call computes afresh,
 * so nothing stale is ever served. A transaction is its own database object, so it never shares with the pool.
 */
export function sharedWhileInFlight<Db extends object, Args extends unknown[], R>(
  fn: (db: Db, ...args: Args) => Promise<R>,
  keyOf: (...args: Args) => string,
): (db: Db, ...args: Args) => Promise<R> {
  const running = new WeakMap<Db, Map<string, Promise<R>>>();
  return (db, ...args) => {
    let byKey = running.get(db);
    if (!byKey) {
      byKey = new Map();
      running.set(db, byKey);
    }
    const key = keyOf(...args);
    const existing = byKey.get(key);
    if (existing) return existing;
    const calls = byKey;
    const promise = fn(db, ...args).finally(() => calls.delete(key));
    calls.set(key, promise);
    return promise;
  };
}
