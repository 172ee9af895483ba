import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';

/**
 * The list's `actions` come from the same rule the action routes enforce: for every role that sees a record, what
 * the list offers is exactly what the route then does.
 */
describe.each(testDatabaseKinds())('report and service actions agree with their routes on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  const listed = async (who: string, path: string, id: number, locale: 'zh-CN' | 'en' = 'en') => {
    const client = await t.as(who, locale);
    const page = await client.get(t.url(path));
    expect(page.status, who).toBe(200);
    return { client, row: page.body.items.find((r: any) => r.id === id) };
  };

  it('报到: the confirm button is offered to the community org only, with the reason for everyone else', async () => {
    const c = await t.as('ly-c');
    const id = (await c.post(t.url('/reports'), {})).body.id as number;
    // Before the certificate: the community is told why it cannot confirm yet; the unit org may issue.
    const early = await listed('ly-co1', '/reports?status=online', id, 'zh-CN');
    expect(early.row.actions.confirm).toEqual({ allowed: false, reason: '单位党组织尚未开具报到证' });
    expect(early.row.actions.issueCertificate.allowed).toBe(false);
    const unit = await listed('ly-unit2', '/reports?status=online', id);
    expect(unit.row.actions.issueCertificate).toEqual({ allowed: true });
    const issued = await unit.client.post(t.url(`/reports/${id}/certificate`));
    expect(issued.status).toBe(201);
    const certificateNo: string = issued.body.certificateNo;

    const roles = ['ly-admin', 'ly-street', 'ly-unit2', 'ly-co1'];
    const offered: Record<string, boolean> = {};
    for (const who of roles) {
      const { client, row } = await listed(who, '/reports?status=online', id);
      expect(row, who).toBeDefined();
      offered[who] = row.actions.confirm.allowed;
      // The confirming community does not see the number it must check; the issuing side and the city do.
      expect(row.certificateIssued, who).toBe(true);
      expect(row.certificateNo, who).toBe(who === 'ly-co1' || who === 'ly-street' ? null : certificateNo);
      if (offered[who]) continue;
      expect(row.actions.confirm.reason, who).toBe(
        'only the party org of the community reported to confirms',
      );
      const refused = await client.post(t.url(`/reports/${id}/confirm`), { certificateNo });
      expect(refused.status, who).toBe(403);
      expect(refused.body.error.message, who).toContain(row.actions.confirm.reason);
    }
    expect(offered).toEqual({ 'ly-admin': false, 'ly-street': false, 'ly-unit2': false, 'ly-co1': true });
    // Neither can the confirmer open the printable certificate to read the number off it.
    const co1 = await t.as('ly-co1');
    expect((await co1.get(t.url(`/reports/${id}/certificate`))).status).toBe(403);
    expect((await co1.get(t.url(`/reports/${id}`))).body.certificateNo).toBeNull();
    expect((await c.get(t.url(`/reports/${id}/certificate`))).body.certificateNo).toBe(certificateNo);
    // The number the member shows is the check: a wrong one is refused, the right one confirms.
    const wrong = await co1.post(t.url(`/reports/${id}/confirm`), { certificateNo: `${certificateNo}0` });
    expect(wrong.status).toBe(400);
    expect((await co1.post(t.url(`/reports/${id}/confirm`), { certificateNo })).status).toBe(200);
    const after = await listed('ly-co1', '/reports?status=confirmed', id);
    expect(after.row.actions.confirm).toEqual({ allowed: false, reason: 'already confirmed' });
    expect((await co1.post(t.url(`/reports/${id}/confirm`), { certificateNo })).status).toBe(409);

    // The audit log words the confirmation for people: model, entity, action, whose report, and where to find it.
    const admin = await t.as('ly-admin', 'zh-CN');
    const audit = await admin.get(
      `/api/cities/ly/audit?entity=p_longyan_return_home.report&entityId=${id}&action=confirm`,
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].labels).toEqual({
      model: '在职党员回家',
      entity: '报到',
      action: '确认',
      subject: '张丙',
      page: 'p/longyan-return-home/reports',
    });
  });

  it('服务确认: confirm and reject are offered to the community served only, as the routes decide', async () => {
    const c = await t.as('ly-c');
    const created = await c.post(t.url('/records'), {
      communityOrgId: t.world.orgs.CO1.id,
      servedOn: '2026-06-10',
      hours: 2,
      content: '楼道清扫',
      beneficiary: '1号楼居民',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    for (const who of ['ly-admin', 'ly-street', 'ly-unit2', 'ly-c']) {
      const { client, row } = await listed(who, '/records?status=submitted', id);
      expect(row.actions.confirm.allowed, who).toBe(false);
      expect(row.actions.reject.allowed, who).toBe(false);
      const refused = await client.post(t.url(`/records/${id}/reject`), { reason: '无法核实' });
      expect(refused.status, who).toBe(403);
    }
    const { client, row } = await listed('ly-co1', '/records?status=submitted', id);
    expect(row.actions).toEqual({ confirm: { allowed: true }, reject: { allowed: true } });
    expect((await client.post(t.url(`/records/${id}/confirm`), { verifiedWith: '1号楼居民' })).status).toBe(
      200,
    );
    const after = await listed('ly-co1', '/records?status=confirmed', id);
    expect(after.row.actions.confirm).toEqual({ allowed: false, reason: 'already reviewed' });
  });
});
