/**
 * Where the first NUL character sits in a parsed input (a string, or an object key), as a field path; undefined
 * when there is none. PostgreSQL text cannot hold U+0000 (SQLSTATE 22021/22P05), and no field of ours means one,
 * so validation refuses it up front naming the field, instead of the database refusing it mid-transaction.
 */
export function nulPath(
  value: unknown,
  path: (string | number)[] = [],
  depth = 0,
): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // Deeper than any of our schemas: the validator will refuse the shape anyway.
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = nulPath(value[i], [...path, i], depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value instanceof Blob) return undefined;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\0')];
    const hit = nulPath(v, [...path, key], depth + 1);
    if (hit) return hit;
  }
  return undefined;
}
