import { PASSWORD, testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorld, loggedIn } from '../testing';

function upload(name: string, content: string | Uint8Array, evidenceDate: string | undefined, type = '') {
  const form = new FormData();
  form.set('file', new File([content as BlobPart], name, { type }));
  if (evidenceDate !== undefined) form.set('evidenceDate', evidenceDate);
  form.set('note', '会议纪要');
  return form;
}

describe.each(testDatabaseKinds())('jinan-standards evidence files on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  let community: Awaited<ReturnType<typeof loggedIn>>;
  let a: number;
  let url: string;

  beforeAll(async () => {
    w = await handWorld(kind);
    community = await loggedIn(w.backend, 'aa-org');
    const camp = await w.admin.post(`${w.base}/campaigns`, {
      name: 'H1',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      communityPlaceIds: [w.world.a.places.community1.id],
    });
    a = (await community.get(`${w.base}/assessments?campaignId=${camp.body.id}`)).body.items[0].id;
    url = `${w.base}/assessments/${a}/items/${w.std.A1}/evidence`;
  });
  afterAll(() => w?.backend.close());

  it('stores an upload in the database with its date and gives the same bytes back', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0xff, 0x0a]);
    const r = await community.post(url, upload('大党委会议纪要.pdf', bytes, '2026-03-02', 'application/pdf'));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      filename: '大党委会议纪要.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 11,
      evidenceDate: '2026-03-02',
      note: '会议纪要',
    });
    // Uploading starts the self-assessment.
    const d = (await community.get(`${w.base}/assessments/${a}`)).body;
    expect(d.state).toBe('in_progress');
    expect(d.items.find((i: any) => i.code === 'A1').evidence.map((e: any) => e.filename)).toEqual([
      '大党委会议纪要.pdf',
    ]);
    const res = await w.backend.app.request(`http://localhost${w.base}/evidence/${r.body.id}`, {
      headers: { cookie: await cookieOf('aa-org') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('大党委会议纪要.pdf'));
  });

  async function cookieOf(username: string) {
    const res = await w.backend.app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }

  it('refuses a missing or future date, an unaccepted type, a mismatched type, an empty or oversized file', async () => {
    const cases: [FormData, number, string][] = [
      [upload('a.pdf', 'x', undefined), 400, 'evidenceDate'],
      [upload('a.pdf', 'x', '2026-02-30'), 400, 'evidenceDate'],
      [upload('a.pdf', 'x', '2026-06-16'), 400, 'evidenceDate'],
      [upload('a.exe', 'x', '2026-06-01'), 400, 'file'],
      [upload('a.pdf', 'x', '2026-06-01', 'text/html'), 400, 'file'],
      [upload('a.txt', '', '2026-06-01'), 400, 'file'],
    ];
    for (const [form, status, field] of cases) {
      const r = await community.post(url, form);
      expect(r.status).toBe(status);
      expect(r.body.error.field).toBe(field);
    }
    expect(
      (
        await w.admin.put('/api/cities/aa/plugin-settings/jinan-standards', {
          config: { maxEvidenceMb: 0.1 },
        })
      ).status,
    ).toBe(200);
    const big = await community.post(url, upload('big.txt', 'x'.repeat(120 * 1024), '2026-06-01'));
    expect(big.status).toBe(413);
    expect(big.body.error.field).toBe('file');
    // Sent as a stream without Content-Length (chunked), 200 MB: cut at the limit while reading (issue 15).
    let pulled = 0;
    const boundary = 'jiceng-test-boundary';
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n`,
    );
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) controller.enqueue(head);
        if (pulled >= 200 * 1024 * 1024) return controller.close();
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x78));
      },
    });
    const chunked = await w.backend.app.request(`http://localhost${url}`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {
        cookie: await cookieOf('aa-org'),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'accept-language': 'en',
      },
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).error).toMatchObject({
      field: 'file',
      message: 'Invalid input: file over 0.1 MB',
    });
    expect(pulled).toBeLessThan(1024 * 1024);
    const na = await community.post(
      `${w.base}/assessments/${a}/items/${w.std.A3}/evidence`,
      upload('a.txt', 'x', '2026-06-01'),
    );
    expect(na.status).toBe(400);
    expect(na.body.error.field).toBe('standardId');
  });

  it('keeps evidence out of other communities’ reach and freezes it once the assessment is locked', async () => {
    const r = await community.post(url, upload('台账.txt', '台账', '2026-06-01'));
    expect(r.status).toBe(201);
    // The secretary of the neighbouring community cannot download or delete it.
    await w.backend.f.user('aa-org2', PASSWORD, [
      { role: 'org_admin', cityId: w.world.a.city.id, orgId: w.world.a.orgs.community2.id },
    ]);
    const neighbour = await loggedIn(w.backend, 'aa-org2');
    expect((await neighbour.get(`${w.base}/evidence/${r.body.id}`)).status).toBe(404);
    expect((await neighbour.delete(`${w.base}/evidence/${r.body.id}`)).status).toBe(404);
    expect((await w.admin.get(`${w.base}/evidence/${r.body.id}`)).status).toBe(200);
    expect((await community.delete(`${w.base}/evidence/${r.body.id}`)).status).toBe(200);
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A1}`, { result: 'met' });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A2}`, { result: 'met' });
    await community.put(`${w.base}/assessments/${a}/items/${w.std.A4}`, { result: 'met' });
    await community.post(`${w.base}/assessments/${a}/submit`);
    // In review the community cannot add evidence; the street can.
    expect((await community.post(url, upload('b.txt', 'b', '2026-06-01'))).status).toBe(409);
    const street = await loggedIn(w.backend, 'aa-street');
    expect((await street.post(url, upload('核查记录.txt', '核查', '2026-06-10'))).status).toBe(201);
    expect((await street.post(`${w.base}/assessments/${a}/approve`)).status).toBe(200);
    const locked = await street.post(url, upload('c.txt', 'c', '2026-06-01'));
    expect(locked.status).toBe(409);
    const first = (await community.get(`${w.base}/assessments/${a}`)).body.items[0].evidence[0];
    expect((await community.delete(`${w.base}/evidence/${first.id}`)).status).toBe(409);
    const h = (await w.admin.get(`${w.base}/assessments/${a}/history`)).body.items.filter(
      (i: any) => i.entity === 'evidence',
    );
    expect(h.map((i: any) => `${i.actor}:${i.action}:${(i.after ?? i.before).filename}`)).toEqual([
      'aa-street:upload:核查记录.txt',
      'aa-org:delete:台账.txt',
      'aa-org:upload:台账.txt',
      'aa-org:upload:大党委会议纪要.pdf',
    ]);
  });
});
