import { request } from 'node:http';
import { type DatabaseHandle, readXlsxRows, silentLogger, systemClock } from '@jiceng/core';
import { createTestDatabase, PASSWORD, testDatabaseKinds, twoCityWorld } from '@jiceng/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './server';

/**
 * Issue 15 over real HTTP (node-server on an ephemeral port): client aborts in the middle of .xlsx exports, and
 * request bodies far past the limit sent chunked, without Content-Length.
 */
describe.each(testDatabaseKinds())('the server under aborts and oversized bodies on %s', (kind) => {
  let handle: DatabaseHandle;
  let server: Awaited<ReturnType<typeof startServer>>;
  let cookie = '';
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    handle = await createTestDatabase(kind);
    const world = await twoCityWorld(handle.db);
    // Enough members that the export is still being written when the client goes away (about half a MB of xlsx).
    await sql`insert into core.member (city_id, org_id, name, gender, id_number, phone, birth_date, category)
      select ${world.a.city.id}, ${world.a.orgs.community1.id}, '导出党员' || g, 'female',
        'T' || lpad(g::text, 17, '0'), '139' || lpad(g::text, 8, '0'), date '1985-05-05', 'in_service'
      from generate_series(1, 10000) g`.execute(handle.db);
    await sql`analyze core.member`.execute(handle.db);
    server = await startServer({
      handle,
      plugins: [],
      clock: systemClock,
      logger: silentLogger,
      port: 0,
      host: '127.0.0.1',
    });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'aa-admin', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  });

  /** Starts an export and drops the connection after `afterBytes` bytes of body (or on a timeout). */
  const statuses: number[] = [];
  function abortedExport(afterBytes: number, timeoutMs?: number): Promise<number> {
    return new Promise((resolve) => {
      let got = 0;
      const req = request(`${server.url}/api/cities/aa/roster/export/members.xlsx?reveal=true`, {
        headers: { cookie },
        agent: false,
        timeout: timeoutMs,
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(got));
      req.on('close', () => resolve(got));
      req.on('response', (res) => {
        statuses.push(res.statusCode!);
        res.on('data', (chunk: Buffer) => {
          got += chunk.length;
          if (got >= afterBytes) req.destroy();
        });
        res.on('error', () => resolve(got));
      });
      req.end();
    });
  }

  it('survives clients that abort exports mid-download, one after another and overlapping with timeouts', async () => {
    let bytes = 0;
    for (let i = 0; i < 6; i++) bytes += await abortedExport(1 + i * 20_000);
    // The downloads did start (exceljs sends its zip only when the sheet is done: the first bytes come late).
    expect(bytes).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Two overlapping exports whose clients time out, a dozen times (the crash came within a dozen).
    for (let i = 0; i < 12; i++)
      await Promise.all([abortedExport(1e12, 50 + i * 100), abortedExport(1e12, 300)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(uncaught).toEqual([]);
    // Still serving: health, and a full export that reads back whole.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const full = await fetch(`${server.url}/api/cities/aa/roster/export/members.xlsx`, {
      headers: { cookie },
    });
    expect(full.status).toBe(200);
    const rows = await readXlsxRows(new Uint8Array(await full.arrayBuffer()), { maxRows: 1_000_000 });
    expect(rows.length).toBeGreaterThan(10_000);
    // No connection left busy by an abandoned export: every backend of this database but ours is idle.
    if (kind === 'postgres') {
      for (let i = 0; i < 50; i++) {
        const busy = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`.execute(
          handle.db,
        );
        if (busy.rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const busy = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`.execute(
        handle.db,
      );
      expect(busy.rows[0]!.n).toBe(0);
    }
  });

  /** Sends `totalMb` MB in 1 MB chunks, chunked (no Content-Length); resolves with the answer and bytes sent. */
  function chunkedUpload(path: string, totalMb: number, contentType: string) {
    return new Promise<{ status: number; body: string; sentMb: number }>((resolve, reject) => {
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      let answered = false;
      const req = request(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          cookie,
          'content-type': contentType,
          'transfer-encoding': 'chunked',
          'accept-language': 'en',
        },
      });
      req.on('response', (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body, sentMb: sent });
          req.destroy();
        });
      });
      // The server may drop the connection right after its answer: give the answer a moment to be parsed.
      req.on('error', (e) => setTimeout(() => answered || reject(e), 500));
      const pump = () => {
        while (!answered && sent < totalMb) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered) req.end();
      };
      pump();
    });
  }

  it('cuts a 200 MB chunked body at the limit: JSON to the unauthenticated login at 1 MB, an upload at its own', async () => {
    const before = process.memoryUsage().rss;
    const login = await chunkedUpload('/api/auth/login', 200, 'application/json');
    expect(login.status).toBe(413);
    expect(JSON.parse(login.body).error).toMatchObject({ code: 'body_too_large' });
    expect(JSON.parse(login.body).error.message).toContain('1 MB');
    // The server stopped reading long before 200 MB, and did not hold what came.
    expect(login.sentMb).toBeLessThan(200);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);

    const upload = await chunkedUpload('/api/cities/aa/roster/jobs', 200, 'multipart/form-data; boundary=x');
    expect(upload.status).toBe(413);
    expect(JSON.parse(upload.body).error).toMatchObject({ code: 'roster_file_too_large', field: 'file' });
    expect(upload.sentMb).toBeLessThan(200);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
