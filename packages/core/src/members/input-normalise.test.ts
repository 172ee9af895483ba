import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { hasVisibleText } from '../http/validate';
import {
  createTestApp,
  PASSWORD,
  type TestApp,
  testClient,
  testDatabaseKinds,
  type TestWorld,
} from '../testing';
import { idNumberCheckChar } from './id-number';

const first17 = '35020319850315123';
const idNumber = first17 + idNumberCheckChar(first17);
/** The same number as a Chinese IME types it: full-width digits (and Ｘ), with an ideographic space. */
const fullWidth = (s: string) => s.replace(/[0-9X]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const INVISIBLE = ['\u200b\u200c\u200d', '\ufeff', '\u2060\u2061', '\u3164', '\u00ad\u200e', ' \u200b '];

describe('hasVisibleText', () => {
  it.each(INVISIBLE)('refuses %j', (s) => expect(hasVisibleText(s)).toBe(false));
  it.each(['张三', 'A', '张\u200b三', 'é', '1号楼'])('accepts %j', (s) =>
    expect(hasVisibleText(s)).toBe(true),
  );
});

describe.each(testDatabaseKinds())('member and name input on %s', (kind) => {
  let handle: DatabaseHandle;
  let world: TestWorld;
  let admin: ReturnType<typeof testClient>;
  beforeAll(async () => {
    let app: TestApp;
    ({ handle, world, app } = await createTestApp(kind));
    admin = testClient(app, 'en');
    await admin.login('aa-admin', PASSWORD);
  });
  afterAll(() => handle?.close());

  const member = (over: Record<string, unknown>) => ({
    name: '全角',
    gender: 'male',
    idNumber,
    category: 'in_service',
    orgId: world.a.orgs.compound1.id,
    ...over,
  });

  it('POST /members takes a full-width ID number (and phone) as the roster import does', async () => {
    const typed = `${fullWidth(idNumber.slice(0, 6))}\u3000${fullWidth(idNumber.slice(6))}`;
    expect(typed).not.toBe(idNumber);
    const r = await admin.post(
      '/api/cities/aa/members',
      member({ idNumber: typed, phone: '１３８ ００１３ ８０００' }),
    );
    expect(r.status).toBe(201);
    const row = await handle.db
      .selectFrom('core.member')
      .select(['id_number', 'phone'])
      .where('id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ id_number: idNumber, phone: '13800138000' });
    // The same person typed the ordinary way is the same number: a duplicate.
    expect((await admin.post('/api/cities/aa/members', member({ idNumber }))).status).toBe(409);
    // A lower-case (or full-width) x is the check character X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    const x = await admin.post('/api/cities/aa/members', member({ idNumber: '11010519491231002ｘ' }));
    expect(x.status).toBe(201);
    expect(x.body.idNumber).toBe('1101**********002X');
    const bad = await admin.post('/api/cities/aa/members', member({ idNumber: fullWidth('123') }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('idNumber');
  });

  it('a name of only zero-width or invisible characters is a 400 naming the field, everywhere', async () => {
    const before = await handle.db.selectFrom('core.member').select('id').execute();
    for (const name of INVISIBLE) {
      const cases: [string, Record<string, unknown>, string][] = [
        [
          '/api/cities/aa/members',
          member({ name, idNumber: `11010519491231003${idNumberCheckChar('11010519491231003')}` }),
          'name',
        ],
        ['/api/cities/aa/orgs', { parentId: world.a.orgs.street.id, kind: 'community_branch', name }, 'name'],
        ['/api/cities/aa/places', { kind: 'building', name, parentId: world.a.places.compound.id }, 'name'],
        ['/api/cities/aa/units', { name, kind: 'organ', level: 'city' }, 'name'],
        ['/api/cities/aa/users', { username: 'invisible.name', displayName: name }, 'displayName'],
      ];
      for (const [path, body, field] of cases) {
        const r = await admin.post(path, body);
        expect(r.status, `${path} ${JSON.stringify(name)}`).toBe(400);
        expect(r.body.error.field).toBe(field);
        // U+FEFF is whitespace to trim(), so that one is simply empty.
        if (name.trim()) expect(r.body.error.message).toMatch(/visible characters/);
      }
    }
    const org = await admin.patch(`/api/cities/aa/orgs/${world.a.orgs.compound1.id}`, { name: '\u200b' });
    expect(org.status).toBe(400);
    expect(org.body.error.field).toBe('name');
    expect(await handle.db.selectFrom('core.member').select('id').execute()).toHaveLength(before.length);
  });
});
