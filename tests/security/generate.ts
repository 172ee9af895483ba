/**
 * Values for the fuzzer, from the operations' JSON Schemas (zod's `toJSONSchema` output in /api/openapi.json):
 * a valid-ish value that passes most validators so requests reach the services, and the hostile kinds the issue
 * lists (wrong types, huge strings, NUL bytes, odd unicode, negative/huge numbers, impossible dates).
 * Everything draws from one seeded PRNG, so a run is repeatable.
 */
export type Random = () => number;
export type Schema = Record<string, any>;

export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Strings a careless parser, a text column or a regex might choke on. */
export const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '%00',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '😀👨‍👩‍👧‍👦',
  'Ｚｅｎｋａｋｕ３５０８',
  'e\u0301\u0301\u0301',
  "'; drop table core.member; --",
  '../../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '\\',
  '%',
  '_',
  ' ',
  '',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e400',
  '0x10',
  '[]',
  '{}',
];

export const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-99-99',
  '2025-02-29',
  '-001-01-01',
  '2026-6-1',
  '275760-09-14',
  '2026-02-30T25:61:61Z',
  'yesterday',
];

export const NASTY_NUMBERS = [
  -1,
  0,
  -2147483649,
  2147483647,
  2147483648,
  2 ** 53 + 2,
  1e21,
  1e308,
  -1e308,
  0.5,
  -0.0001,
];

/** Numbers as query/path text, including forms `Number()` accepts and Postgres does not. */
export const NASTY_NUMBER_TEXTS = [
  '-1',
  '0',
  '2147483648',
  '99999999999999999999',
  '1e400',
  'Infinity',
  'NaN',
  '0x1A',
  '1.5',
  ' 7 ',
  '7abc',
  '',
];

export function hugeString(r: Random): string {
  const unit = pick(r, ['a', '党', '😀', '\u0000', `${'x'.repeat(7)}%`]);
  const n = pick(r, [4_096, 20_000, 70_000]);
  return unit.repeat(Math.ceil(n / unit.length));
}

const resolveRef = (schema: Schema, root: Schema): Schema => {
  if (schema?.$ref && typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    let node: any = root;
    for (const part of schema.$ref.slice(2).split('/')) node = node?.[part];
    return node ?? {};
  }
  return schema ?? {};
};

/** A value meant to pass the schema; `idFor(name)` supplies real ids for fields named like `memberId`. */
export function validValue(
  schemaIn: Schema,
  r: Random,
  ctx: { root: Schema; idFor: (name: string) => number | undefined; name?: string; depth?: number },
): unknown {
  const schema = resolveRef(schemaIn, ctx.root);
  const depth = ctx.depth ?? 0;
  if (depth > 6) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return pick(r, schema.enum);
  const alts = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alts) && alts.length) {
    const nonNull = alts.filter((a: Schema) => a.type !== 'null');
    return validValue(pick(r, nonNull.length ? nonNull : alts), r, ctx);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length) return validValue(schema.allOf[0], r, ctx);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  const name = ctx.name ?? '';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required: string[] = schema.required ?? [];
      for (const [key, sub] of Object.entries<Schema>(schema.properties ?? {})) {
        if (!required.includes(key) && r() < 0.4) continue;
        out[key] = validValue(sub, r, { ...ctx, name: key, depth: depth + 1 });
      }
      return out;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, min + 3);
      const n = min + Math.floor(r() * (max - min + 1));
      const items = Array.isArray(schema.prefixItems) ? schema.prefixItems : null;
      if (items) return items.map((s: Schema) => validValue(s, r, { ...ctx, depth: depth + 1 }));
      return Array.from({ length: n }, () =>
        validValue(schema.items ?? {}, r, { ...ctx, name: singular(name), depth: depth + 1 }),
      );
    }
    case 'integer':
    case 'number': {
      const id = /id$/i.test(name) ? ctx.idFor(name) : undefined;
      if (id !== undefined) return id;
      const lo = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const hi =
        schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : lo + 100);
      if (/year/i.test(name)) return 2026;
      const v = lo + Math.floor(r() * Math.max(1, Math.min(hi - lo, 1000) + 1));
      return Math.min(v, hi);
    }
    case 'boolean':
      return r() < 0.5;
    case 'null':
      return null;
    case 'string':
      return validString(schema, r, name);
    default:
      return pick(r, ['x', 1, true]);
  }
}

const singular = (name: string) => (name.endsWith('Ids') ? name.slice(0, -1) : name);

function validString(schema: Schema, r: Random, name: string): string {
  const fmt = schema.format as string | undefined;
  const pattern = schema.pattern as string | undefined;
  if (
    fmt === 'date' ||
    /\\d\{4\}-\\d\{2\}-\\d\{2\}\$/.test(pattern ?? '') ||
    /(^|[a-z])(date|On|from|to)$/i.test(name)
  )
    return pick(r, ['2026-06-15', '2026-01-01', '2025-12-31']);
  if (fmt === 'date-time') return '2026-06-15T02:00:00.000Z';
  if (fmt === 'time' || /\\d\{2\}:\\d\{2\}/.test(pattern ?? '')) return '09:30';
  if (fmt === 'email') return 'a@example.com';
  if (fmt === 'uri' || fmt === 'url') return 'https://example.com/x';
  if (fmt === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (/month|period/i.test(name) || /\\d\{4\}-\\d\{2\}\$/.test(pattern ?? '')) return '2026-06';
  if (/phone|mobile/i.test(name)) return '13800138000';
  if (/idNumber/i.test(name)) return '350802198001010011';
  if (pattern === '^[a-z][a-z0-9_]*$' || pattern === '^[a-z][a-z0-9-]*$') return 'abc';
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 12;
  const base = pick(r, ['测试', '网格', 'Test', '社区服务', 'abc']);
  let s = base;
  while (s.length < min) s += base;
  return s.slice(0, Math.max(min, Math.min(max, s.length)));
}

/** The hostile variant kinds, each applied to body, query and path values. */
export const VARIANTS = [
  'valid',
  'malformed-json',
  'empty-object',
  'wrong-types',
  'huge-strings',
  'nul-unicode',
  'numbers',
  'bad-dates',
] as const;
export type Variant = (typeof VARIANTS)[number];

/** A hostile value of the variant's kind for one field (keeps the field's place in the shape). */
export function hostile(variant: Variant, r: Random, schema: Schema, root: Schema): unknown {
  const s = resolveRef(schema, root);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (variant) {
    case 'wrong-types':
      return pick(
        r,
        [
          type === 'string' ? 12345 : 'not-a-number',
          type === 'array' ? { 0: 'x' } : [1, 'two', null],
          type === 'object' ? 'obj' : { nested: { deep: [1] } },
          type === 'boolean' ? 'true' : false,
          null,
          -0,
        ].filter((v) => v !== undefined),
      );
    case 'huge-strings':
      return type === 'array' ? Array.from({ length: 5_000 }, (_, i) => i) : hugeString(r);
    case 'nul-unicode':
      return pick(r, NASTY_STRINGS);
    case 'numbers':
      return pick(r, NASTY_NUMBERS);
    case 'bad-dates':
      return pick(r, BAD_DATES);
    default:
      return undefined;
  }
}

/** A valid-ish object with some fields made hostile (all of them for wrong types, one to three otherwise). */
export function mutateObject(
  variant: Variant,
  r: Random,
  schemaIn: Schema,
  root: Schema,
  valid: unknown,
): unknown {
  const schema = resolveRef(schemaIn, root);
  if (!valid || typeof valid !== 'object' || Array.isArray(valid)) return hostile(variant, r, schema, root);
  const props: Record<string, Schema> = schema.properties ?? {};
  const keys = Object.keys(props);
  if (!keys.length) return { [pick(r, ['x', 'id', 'name'])]: hostile(variant, r, {}, root) };
  const out: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
  const chosen =
    variant === 'wrong-types' && r() < 0.5
      ? keys
      : Array.from({ length: 1 + Math.floor(r() * Math.min(3, keys.length)) }, () => pick(r, keys));
  for (const key of chosen) {
    const sub = resolveRef(props[key]!, root);
    // Dates go where dates are expected, numbers where numbers are; otherwise anywhere.
    if (variant === 'bad-dates' && !(sub.type === 'string' || sub.anyOf)) continue;
    out[key] = hostile(variant, r, sub, root);
  }
  return out;
}

export const MALFORMED_JSON = [
  '{"a":',
  '{',
  '[',
  '{"a":1,}',
  "{'a':1}",
  'nul\u0000l',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '\u0000',
  '"just a string"',
  '123',
  'null',
  '[1,2,3]',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a":1e999999}',
];
