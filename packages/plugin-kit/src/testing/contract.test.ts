import {
  createApp,
  crossModelIndicator,
  type JicengPlugin,
  manualClock,
  migrateToLatest,
  pluginSchemaName,
  silentLogger,
  validatePlugin,
} from '@jiceng/core';
import { createTestDatabase, PASSWORD, testDatabaseKinds } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginTestBackend, pluginMigrationSet } from './backend';
import { migrationFootprintProblems } from './checks/catalog';
import { keyProblems } from './checks/keys';
import { outcomeViewProblems } from './checks/outcomes';
import { openApiProblems, undocumentedRoutes, writeRouteProbeProblems } from './checks/routes';
import { configLabelGaps, contractBackend } from './contract';
import * as fx from './fixtures/plugins';

// The contract suite's own tests: each check passes the fixture that does everything right and fails, naming the
// mistake, on a fixture that plants it. Without the first half a check that always fails would pass here.

const manifestProblems = (plugin: JicengPlugin<any>) => {
  try {
    validatePlugin(plugin, (id) => !!crossModelIndicator(id));
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('contract suite: manifest messages', () => {
  it('passes the good fixture', () => {
    expect(manifestProblems(fx.goodPlugin())).toBe('');
  });
  it('names the indicator by its id and the snake_case rule', () => {
    expect(manifestProblems(fx.badIndicatorId)).toMatch(
      /indicators\["Notes-Count"\]\.id: id must be snake_case/,
    );
  });
  it('names the config field that has no default', () => {
    expect(manifestProblems(fx.configWithoutDefault)).toMatch(/config\.region: every field needs a default/);
  });
});

describe('contract suite: words for people', () => {
  it('passes the good fixture', () => {
    expect(configLabelGaps(fx.goodPlugin())).toEqual([]);
  });
  it('names the config setting without a label', () => {
    expect(configLabelGaps(fx.unlabelledSetting)).toEqual([
      'labels.config.maxNotes: the setting "maxNotes" has no label',
    ]);
  });
  it('fails the backend’s close, naming them, when the tests wrote audit entries without words', async () => {
    const backend = await createPluginTestBackend(fx.goodPlugin(), 'pglite');
    const write = (entity: string, action: string) =>
      backend.db
        .insertInto('core.audit_log')
        .values({
          city_id: null,
          actor_user_id: null,
          action,
          entity,
          entity_id: '1',
          before: null,
          after: null,
        })
        .execute();
    await write('p_contract_fixture.note', 'create');
    expect(await backend.unlabelledAudit()).toEqual([]);
    await write('p_contract_fixture.note', 'pin');
    await write('p_contract_fixture.tag', 'create');
    await write('member', 'pin');
    await expect(backend.close()).rejects.toThrow(
      /labels\.actions\.pin: audit action on p_contract_fixture\.note has no label\n {2}labels\.entities\.tag: audit entity p_contract_fixture\.tag has no label$/,
    );
  });
});

describe('contract suite: OpenAPI metadata', () => {
  const ctx = {
    db: null as any,
    logger: null as any,
    clock: null as any,
    pluginId: fx.FIXTURE_ID,
    schema: '',
    configFor: async () => ({}),
    notify: async () => 0,
  };
  it('passes the good fixture', () => {
    expect(undocumentedRoutes(fx.goodPlugin(), ctx)).toEqual([]);
  });
  it('names the route without describe() or validate()', () => {
    expect(undocumentedRoutes(fx.undocumented, ctx)).toEqual([
      'route GET /secret has no OpenAPI metadata (add describe({ summary }) or validate())',
    ]);
  });
});

describe('contract suite: a complete API reference', () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
  });
  afterAll(() => handle?.close());
  const problems = async (plugin: JicengPlugin<any>) => {
    const app = createApp({
      db: handle.db,
      clock: manualClock('2026-06-01T00:00:00Z'),
      logger: silentLogger,
      plugins: [plugin],
    });
    const res = await app.request('http://localhost/api/openapi.json');
    expect(res.status).toBe(200);
    return openApiProblems(await res.json(), plugin.id);
  };
  it('passes the good fixture', async () => {
    expect(await problems(fx.goodPlugin())).toEqual([]);
  });
  it('names the operation without a response schema, with two success statuses, without a summary or body', async () => {
    expect(await problems(fx.incompleteReference)).toEqual([
      'GET /drafts: 200 has no response schema (describe({ response }) or file)',
      'POST /drafts: 2 success responses (describe one status, 201 for a create)',
      'POST /drafts/{id}/publish: no summary',
      "POST /drafts/{id}/publish: no request body (validate('json'), multipart or noBody)",
    ]);
  });
  it('names a 4xx that does not use the Error schema', () => {
    const doc = {
      paths: {
        [`/api/public/cities/{city}/plugins/${fx.FIXTURE_ID}/board`]: {
          get: {
            summary: 'Board',
            responses: {
              200: { content: { 'application/json': { schema: { type: 'object' } } } },
              404: { description: 'unknown city' },
            },
          },
        },
      },
    };
    expect(openApiProblems(doc, fx.FIXTURE_ID)).toEqual(['GET public /board: 404 without the Error schema']);
  });
});

describe.each(testDatabaseKinds())('contract suite on %s', (kind) => {
  // Builds the run's core template in a hook (generous timeout), not inside the first test.
  beforeAll(async () => {
    await (await createTestDatabase(kind)).close();
  });
  describe('migrations stay in p_<id>', () => {
    const footprint = async (plugin: JicengPlugin<any>) => {
      const handle = await createTestDatabase(kind);
      try {
        return await migrationFootprintProblems(handle.db, plugin);
      } finally {
        await handle.close();
      }
    };
    it('passes the good fixture', async () => {
      expect(await footprint(fx.goodPlugin())).toEqual([]);
    });
    it('names a table created in public and left there by down', async () => {
      const problems = await footprint(fx.tableInPublic);
      expect(problems).toContain('created outside p_contract_fixture: table public.five_in_one_extra');
      expect(problems).toContain('left after down: table public.five_in_one_extra');
    });
    it('names a function and a trigger on a core table', async () => {
      const problems = await footprint(fx.triggerOnCore);
      expect(problems).toContain('created outside p_contract_fixture: function core.fixture_touch()');
      expect(problems).toContain('created outside p_contract_fixture: trigger fixture_touch on core.org');
    });
    it('names a column added to a core table, even when down removes it', async () => {
      const problems = await footprint(fx.columnOnCore);
      expect(problems).toEqual(['created outside p_contract_fixture: column core.org.fixture_flag']);
    });
    it('names the schema a down forgets', async () => {
      const problems = await footprint(fx.downLeavesSchema);
      expect(problems).toContain('left after down: schema p_contract_fixture');
      expect(problems).toContain('left after down: table p_contract_fixture.note');
    });
  });

  describe('keys include city_id', () => {
    const keys = async (plugin: JicengPlugin<any>) => {
      // Migrated here, not from a template: the fixtures' migrations share their source text, which keys templates.
      const handle = await createTestDatabase(kind);
      try {
        await migrateToLatest(handle.db, [pluginMigrationSet(plugin)]);
        return await keyProblems(handle.db, pluginSchemaName(plugin.id));
      } finally {
        await handle.close();
      }
    };
    it('passes the good fixture (keys to core.app_user and core.city excepted)', async () => {
      expect(await keys(fx.goodPlugin())).toEqual([]);
    });
    it('names the primary, unique and foreign key that lack city_id', async () => {
      const problems = await keys(fx.keysWithoutCity);
      expect(problems).toHaveLength(3);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^p_contract_fixture\.visit: primary key \w+ \(id\) lacks city_id$/),
          expect.stringMatching(/^p_contract_fixture\.visit: unique key \w+ \(code\) lacks city_id$/),
          expect.stringMatching(
            /^p_contract_fixture\.visit: foreign key \w+ \(parent_id\) → p_contract_fixture\.visit lacks city_id$/,
          ),
        ]),
      );
    });
  });

  describe('outcome views match the contract', () => {
    const views = async (plugin: JicengPlugin) => {
      const handle = await createTestDatabase(kind);
      try {
        await migrateToLatest(handle.db, [pluginMigrationSet(plugin)]);
        return await outcomeViewProblems(handle.db, plugin);
      } finally {
        await handle.close();
      }
    };
    it('passes a plugin without outcomes and one whose view casts every column', async () => {
      expect(await views(fx.goodPlugin())).toEqual([]);
      expect(await views(fx.outcomeViewsGood)).toEqual([]);
    });
    it('names the plugin, the view and the column for every mistake', async () => {
      const v = 'p_contract_fixture.outcome_';
      expect((await views(fx.outcomeViewsWrong)).sort()).toEqual(
        [
          `contract-fixture: ${v}engagement.member_id is int8, the contract says int4 (cast it)`,
          `contract-fixture: ${v}engagement.org_id is missing (int4)`,
          `contract-fixture: ${v}engagement.confirmed is text, the contract says bool (cast it)`,
          `contract-fixture: ${v}engagement.id is not in the contract`,
          `contract-fixture: ${v}service exists but the fact "service" is declared not applicable`,
          `contract-fixture: ${v}project is missing (outcomes.facts.project declares view: true)`,
        ].sort(),
      );
    });
  });

  describe('write routes answer 4xx to hostile bodies', () => {
    const probe = async (plugin: JicengPlugin<any>) => {
      const backend = await contractBackend(plugin, kind);
      try {
        const client = backend.client();
        await client.login('contract-admin', PASSWORD);
        return await writeRouteProbeProblems(client, plugin, 'enabled');
      } finally {
        await backend.close();
      }
    };
    it('passes the good fixture', async () => {
      expect(await probe(fx.goodPlugin())).toEqual([]);
    });
    it('names the route that reads the body without validation and the input that made it fail', async () => {
      const problems = await probe(fx.unvalidatedBody);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.startsWith('POST /raw with '))).toBe(true);
      expect(problems.join('\n')).toMatch(/^POST \/raw with malformed JSON → 500/m);
    });
    it('names the route, its path parameter and the wrong types that crash it', async () => {
      const problems = await probe(fx.crashesOnWrongTypes);
      expect(problems).toContainEqual(
        expect.stringMatching(/^PUT \/loose\/\{id\} \(id=1\) with wrong types → 500/),
      );
    });
  });
});

describe('contract suite: the base-path check can fail', () => {
  let backend: Awaited<ReturnType<typeof contractBackend>>;
  beforeAll(async () => {
    backend = await contractBackend(fx.goodPlugin(), 'pglite');
  });
  afterAll(() => backend?.close());
  it('sees the routes a plugin adds (so an empty list is not a pass)', () => {
    const paths = backend.app.routes.map((r) => r.path);
    expect(paths).toContain(`/api/cities/:city/plugins/${fx.FIXTURE_ID}/notes`);
  });
});
