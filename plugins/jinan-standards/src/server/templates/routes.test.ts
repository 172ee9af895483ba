import { readCsvTable, readXlsxRows, toXlsx } from '@jiceng/plugin-kit';
import iconv from 'iconv-lite';
import { farColumnXlsx, PASSWORD, testDatabaseKinds, zipBombXlsx } from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvForm, getBytes, HAND_CSV, handWorld, loggedIn, xlsxForm } from '../testing';
import { csvToItems, templateToCsv } from './csv';
import { JINAN_TEMPLATE } from './jinan';
import { templateToXlsx, xlsxToItems } from './xlsx';

/** The export's header row, written out by hand. */
const HEADER = [
  '代码(code)',
  '领域(area)',
  '序号(seq)',
  '标准(title)',
  '英文名称(titleEn)',
  '具体要求(description)',
  '来源(source)',
  '分值(maxScore)',
  '达标分(passScore)',
  '计分规则(scoringRule)',
  '评分细则(scoringNote)',
  '权重-开放式小区社区(weight.open)',
  '权重-封闭式小区社区(weight.closed)',
  '权重-村改社区(weight.village_converted)',
  '权重-城乡接合部社区(weight.urban_rural)',
  '权重-县城城市社区(weight.county_town)',
];

/** An .xlsx file with exactly these cells (first row = header). */
async function sheet(rows: (string | number)[][]) {
  const [header, ...body] = rows;
  return new Uint8Array(
    await toXlsx(
      '标准库',
      header!.map((h, n) => ({ header: String(h), value: (r: (string | number)[]) => r[n] })),
      body,
    ),
  );
}

describe('the shipped Jinan template', () => {
  it('has 30 standards in the 8 areas, 25 named by the source and 5 drafted, 100 points in all', () => {
    expect(JINAN_TEMPLATE).toHaveLength(30);
    expect(new Set(JINAN_TEMPLATE.map((i) => i.code)).size).toBe(30);
    const perArea: Record<string, number> = {};
    for (const i of JINAN_TEMPLATE) perArea[i.area] = (perArea[i.area] ?? 0) + 1;
    expect(perArea).toEqual({
      organization: 3,
      team: 5,
      duties: 3,
      systems: 4,
      regional: 3,
      governance: 4,
      service: 4,
      support: 4,
    });
    expect(JINAN_TEMPLATE.filter((i) => i.source === 'article')).toHaveLength(25);
    expect(JINAN_TEMPLATE.filter((i) => i.source === 'drafted').map((i) => i.code)).toEqual([
      '1.3',
      '4.4',
      '6.4',
      '7.4',
      '8.4',
    ]);
    expect(JINAN_TEMPLATE.reduce((s, i) => s + i.maxScore, 0)).toBe(100);
    // The five teams are all there.
    expect(JINAN_TEMPLATE.filter((i) => i.area === 'team').map((i) => i.title)).toEqual([
      '社区党组织书记队伍',
      '社区党组织专职副书记',
      '社区党务工作者队伍',
      '社区党员队伍',
      '社区志愿者队伍',
    ]);
  });

  it('round-trips through CSV, and import reports each bad cell by row and column', async () => {
    const csv = templateToCsv(JINAN_TEMPLATE.map((i, n) => ({ ...i, seq: n + 1 })));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = await csvToItems(csv);
    expect(back.issues).toEqual([]);
    expect(back.items.map(({ seq: _s, ...i }) => ({ ...i, titleEn: i.titleEn }))).toEqual(JINAN_TEMPLATE);
    const bad = await csvToItems(
      [
        'code,area,title,source,maxScore,passScore,scoringRule,weight.open',
        'X1,organization,好的,city,4,3,graded,1',
        'X1,nowhere,重复,city,4,3,graded,1',
        'X3,team,分数,city,abc,3,graded,1',
        'X4,team,无类型,city,4,3,graded,',
        '1.1,organization,改了名字,article,5,4,graded,1',
      ].join('\r\n'),
    );
    expect(bad.issues.map((i) => i.field)).toEqual([
      'rows.3.code',
      'rows.3.area',
      'rows.4.maxScore',
      'rows.5.weights',
      'rows.6.title',
    ]);
    expect(bad.issues[2]!.message['zh-CN']).toMatch(/^第 4 行 E 列「分值」：不是数字：abc$/);
    expect(bad.issues[2]!.message.en).toBe('row 4, column E (maxScore): not a number');
    expect(
      (await csvToItems('code,area,title,maxScore,scoringRule,分数\r\nX1,team,t,2,graded,1')).issues,
    ).toEqual([
      {
        field: 'file',
        message: { 'zh-CN': '第 1 行 F 列「分数」：未知列', en: 'row 1, column F “分数”: unknown column' },
      },
    ]);
    expect((await readCsvTable('a,"b ""q"", c"\r\n"x\ny",z')).rows.map((r) => r.cells)).toEqual([
      ['a', 'b "q", c'],
      ['x\ny', 'z'],
    ]);
    // The same table as Chinese Excel saves "CSV" (GBK, no BOM) reads the same: one shared reader with the roster.
    const gbk = await csvToItems(iconv.encode(csv.slice(1), 'gbk'));
    expect(gbk.issues).toEqual([]);
    expect(gbk.items).toEqual(back.items);
  });
});

describe('the template as .xlsx', () => {
  it('round-trips the shipped 30 through a workbook, numbers as numbers', async () => {
    const bytes = await templateToXlsx(
      '标准库',
      JINAN_TEMPLATE.map((i, n) => ({ ...i, seq: n + 1 })),
    );
    const rows = await readXlsxRows(bytes);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual(HEADER);
    const back = await xlsxToItems(new Uint8Array(bytes).buffer);
    expect(back.issues).toEqual([]);
    expect(back.items.map(({ seq: _s, ...i }) => i)).toEqual(JINAN_TEMPLATE);
  });

  it('refuses a file that is not a workbook', async () => {
    expect(
      (await xlsxToItems(new TextEncoder().encode('code,area\r\n').buffer as ArrayBuffer)).issues,
    ).toEqual([
      { field: 'file', message: { 'zh-CN': '无法读取 Excel 文件', en: 'not a readable .xlsx file' } },
    ]);
  });
});

describe.each(testDatabaseKinds())('jinan-standards template versions on %s', (kind) => {
  let w: Awaited<ReturnType<typeof handWorld>>;
  beforeAll(async () => {
    w = await handWorld(kind);
  });
  afterAll(() => w?.backend.close());

  it('starts a draft from the shipped template, with source items’ titles fixed and drafted items editable', async () => {
    const res = await w.admin.post(`${w.base}/templates`, { from: 'jinan' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('draft');
    expect(res.body.items).toHaveLength(30);
    const draftId = res.body.id;
    expect((await w.admin.post(`${w.base}/templates`, { from: 'jinan' })).status).toBe(409); // one draft at a time
    const article = res.body.items.find((i: any) => i.code === '1.1');
    const drafted = res.body.items.find((i: any) => i.code === '6.4');
    expect(article.source).toBe('article');
    expect(drafted.source).toBe('drafted');
    expect(drafted.weights).toEqual({ open: 1, closed: 1.5, urban_rural: 1, county_town: 1 });
    const rename = await w.admin.patch(`${w.base}/templates/${draftId}/items/${article.id}`, {
      title: '别的名字',
    });
    expect(rename.status).toBe(409);
    expect(rename.body.error.field).toBe('title');
    expect((await w.admin.delete(`${w.base}/templates/${draftId}/items/${article.id}`)).status).toBe(409);
    // Weights and scoring of a source item may change; a drafted item may change wording too.
    const reweight = await w.admin.patch(`${w.base}/templates/${draftId}/items/${article.id}`, {
      weights: { open: 2, closed: 1 },
      maxScore: 6,
      passScore: 5,
    });
    expect(reweight.status).toBe(200);
    expect(reweight.body).toMatchObject({ maxScore: 6, passScore: 5, weights: { open: 2, closed: 1 } });
    const reword = await w.admin.patch(`${w.base}/templates/${draftId}/items/${drafted.id}`, {
      title: '红色物业',
      weights: { closed: 2, open: null },
    });
    expect(reword.status).toBe(200);
    expect(reword.body.weights).toEqual({ closed: 2 });
    const noTypes = await w.admin.patch(`${w.base}/templates/${draftId}/items/${drafted.id}`, {
      weights: {},
    });
    expect(noTypes.status).toBe(400);
    expect(noTypes.body.error.field).toBe('weights');
    const badPass = await w.admin.patch(`${w.base}/templates/${draftId}/items/${drafted.id}`, {
      passScore: 9,
    });
    expect(badPass.status).toBe(400);
    expect(badPass.body.error.field).toBe('passScore');
    const added = await w.admin.post(`${w.base}/templates/${draftId}/items`, {
      code: '9.1',
      area: 'service',
      title: '网格化服务',
      maxScore: 2,
      scoringRule: 'all_or_nothing',
      weights: { open: 1 },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ source: 'city', passScore: 2, seq: 31 });
    const dup = await w.admin.post(`${w.base}/templates/${draftId}/items`, {
      code: '9.1',
      area: 'service',
      title: '重复',
      maxScore: 2,
      scoringRule: 'graded',
      weights: { open: 1 },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('code');
    // A community secretary reads templates but may not edit them.
    const community = await loggedIn(w.backend, 'aa-org');
    expect((await community.get(`${w.base}/templates/${draftId}`)).status).toBe(200);
    expect(
      (
        await community.post(`${w.base}/templates/${draftId}/items`, {
          code: '9.2',
          area: 'service',
          title: 'x',
          maxScore: 2,
          scoringRule: 'graded',
          weights: { open: 1 },
        })
      ).status,
    ).toBe(403);
    expect((await w.admin.delete(`${w.base}/templates/${draftId}`)).status).toBe(200);
  });

  it('never rewrites a past assessment when a new version is published', async () => {
    // An assessment on v1 (the hand-built template).
    const camp = await w.admin.post(`${w.base}/campaigns`, {
      name: '2025',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      communityPlaceIds: [w.world.a.places.community1.id],
    });
    expect(camp.status).toBe(201);
    const a = (await w.admin.get(`${w.base}/assessments?campaignId=${camp.body.id}`)).body.items[0].id;
    await w.admin.put(`${w.base}/assessments/${a}/items/${w.std.A1}`, { result: 'met', score: 3 });
    // v1 is frozen, through the API and in the database itself.
    const edit = await w.admin.patch(`${w.base}/templates/${w.versionId}/items/${w.std.A1}`, {
      maxScore: 10,
    });
    expect(edit.status).toBe(409);
    await expect(
      sql`update p_jinan_standards.standard set max_score = 10 where id = ${w.std.A1}`.execute(w.backend.db),
    ).rejects.toThrow(/frozen/);
    // v2: a copy of v1 where A1 is worth 10 and applies to open communities with weight 3; A3 now applies to open too.
    const draft = await w.admin.post(`${w.base}/templates`, {});
    expect(draft.status).toBe(201);
    expect(draft.body.basedOnId).toBe(w.versionId);
    const byCode = Object.fromEntries(draft.body.items.map((i: any) => [i.code, i.id]));
    expect(
      (
        await w.admin.patch(`${w.base}/templates/${draft.body.id}/items/${byCode.A1}`, {
          maxScore: 10,
          passScore: 8,
          weights: { open: 3, closed: 2 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await w.admin.patch(`${w.base}/templates/${draft.body.id}/items/${byCode.A3}`, {
          weights: { open: 1, closed: 1 },
        })
      ).status,
    ).toBe(200);
    const pub = await w.admin.post(`${w.base}/templates/${draft.body.id}/publish`);
    expect(pub.status).toBe(200);
    expect(pub.body.version).toBe(2);
    const list = await w.admin.get(`${w.base}/templates`);
    expect(list.body.currentId).toBe(draft.body.id);
    expect(list.body.items.map((v: any) => [v.label, v.status, v.campaigns])).toEqual([
      ['v2', 'published', 0],
      ['v1', 'published', 1],
    ]);
    // The old assessment still has v1's A1 (max 4, weight 1) and no A3.
    const old = (await w.admin.get(`${w.base}/assessments/${a}`)).body;
    expect(old.campaign.templateLabel).toBe('v1');
    expect(old.items.map((i: any) => [i.code, i.maxScore, i.weight])).toEqual([
      ['A1', 4, 1],
      ['A2', 2, 1],
      ['A4', 3, 2],
    ]);
    expect(old.items[0].self.score).toBe(3);
    // A score valid under v2 (9 of 10) is still out of range for the v1 assessment.
    const r = await w.admin.put(`${w.base}/assessments/${a}/items/${w.std.A1}`, { result: 'met', score: 9 });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('score');
    // A new campaign uses v2: the open community now has A3, and A1 weighs 3.
    const camp2 = await w.admin.post(`${w.base}/campaigns`, {
      name: '2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      communityPlaceIds: [w.world.a.places.community1.id],
    });
    const a2 = (await w.admin.get(`${w.base}/assessments?campaignId=${camp2.body.id}`)).body.items[0].id;
    const fresh = (await w.admin.get(`${w.base}/assessments/${a2}`)).body;
    expect(fresh.campaign.templateLabel).toBe('v2');
    expect(fresh.items.map((i: any) => [i.code, i.maxScore, i.weight])).toEqual([
      ['A1', 10, 3],
      ['A2', 2, 1],
      ['A3', 5, 1],
      ['A4', 3, 2],
    ]);
    // v1's own standard id cannot be scored in the v2 assessment.
    const wrong = await w.admin.put(`${w.base}/assessments/${a2}/items/${w.std.A1}`, { result: 'met' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('standardId');
  });

  it('exports a version as CSV and imports it back as a new draft; a bad file is refused naming the cell', async () => {
    const exp = await w.admin.get(`${w.base}/templates/${w.versionId}/export.csv`);
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toMatch(/text\/csv/);
    expect(exp.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
    expect(exp.body).toContain('组织测试项'); // (the test client's text() drops the BOM; the unit test above checks it)
    const bad = await w.admin.post(
      `${w.base}/templates/import`,
      csvForm(HAND_CSV.replace('A2,team,队伍测试项,city,2,2', 'A2,team,队伍测试项,city,-2,2')),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('rows.3.maxScore');
    // Hostile spreadsheets go through the platform's capped reader: refused with the limit named (issue 15).
    const far = await w.admin.post(`${w.base}/templates/import`, xlsxForm(farColumnXlsx()));
    expect(far.status).toBe(413);
    expect(far.body.error).toMatchObject({ code: 'spreadsheet_limit_columns', field: 'file' });
    const bomb = await w.admin.post(`${w.base}/templates/import`, xlsxForm(zipBombXlsx(256)));
    expect(bomb.status).toBe(413);
    expect(bomb.body.error.code).toBe('spreadsheet_limit_ratio');
    const notCsv = await w.admin.post(`${w.base}/templates/import`, csvForm('x', 'template.xlsx'));
    expect(notCsv.status).toBe(400);
    expect(notCsv.body.error.field).toBe('file');
    // A GBK file (what Chinese Excel writes as "CSV") imports with its Chinese intact, not as mojibake.
    const gbkForm = new FormData();
    gbkForm.set(
      'file',
      new File([new Uint8Array(iconv.encode(HAND_CSV, 'gbk'))], '标准.csv', { type: 'text/csv' }),
    );
    const gbk = await w.admin.post(`${w.base}/templates/import`, gbkForm);
    expect(gbk.status).toBe(201);
    expect(gbk.body.items.map((i: any) => i.title)).toEqual([
      '组织测试项',
      '队伍测试项',
      '服务测试项',
      '保障测试项',
    ]);
    expect((await w.admin.delete(`${w.base}/templates/${gbk.body.id}`)).status).toBe(200);
    const ok = await w.admin.post(`${w.base}/templates/import`, csvForm(exp.body, 'export.csv'));
    expect(ok.status).toBe(201);
    expect(
      ok.body.items.map((i: any) => [i.code, i.maxScore, i.passScore, i.scoringRule, i.weights]),
    ).toEqual([
      ['A1', 4, 3, 'graded', { open: 1, closed: 2 }],
      ['A2', 2, 2, 'all_or_nothing', { open: 1, closed: 1 }],
      ['A3', 5, 4, 'graded', { closed: 1 }],
      ['A4', 3, 2.5, 'graded', { open: 2, closed: 1 }],
    ]);
    expect((await w.admin.delete(`${w.base}/templates/${ok.body.id}`)).status).toBe(200);
  });

  it('exports a version as .xlsx with Chinese headers, one row per standard', async () => {
    const exp = await getBytes(w.backend, 'aa-street', `${w.base}/templates/${w.versionId}/export.xlsx`); // org admins may export
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(exp.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.*\.xlsx$/);
    const rows = await readXlsxRows(Buffer.from(exp.bytes));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['A1', 'A2', 'A3', 'A4']);
    // A4 support max 3 pass 2.5 graded, open 2 closed 1, not applicable to the other three types.
    expect(Array.from(rows[4]!, (v) => v ?? '')).toEqual([
      'A4',
      '综合保障',
      '4',
      '保障测试项',
      '',
      '',
      '本市新增',
      '3',
      '2.5',
      '分档计分',
      '',
      '2',
      '1',
      '',
      '',
      '',
    ]);
    expect(rows[2]!.slice(9, 10)).toEqual(['达标得满分']);
    const csvRows = (
      await readCsvTable((await w.admin.get(`${w.base}/templates/${w.versionId}/export.csv`)).body)
    ).rows.map((r) => r.cells);
    expect(csvRows[0]).toEqual(HEADER); // the CSV keeps the same columns
    expect((await getBytes(w.backend, 'aa-street', `${w.base}/templates/999999/export.xlsx`)).status).toBe(
      404,
    );
  });

  it('imports an exported .xlsx back into a draft with the same standards (by extension or by content type)', async () => {
    const exp = await getBytes(w.backend, 'aa-admin', `${w.base}/templates/${w.versionId}/export.xlsx`);
    const strip = (items: any[]) => items.map(({ id: _id, ...i }) => i);
    const v1 = strip((await w.admin.get(`${w.base}/templates/${w.versionId}`)).body.items);
    expect(v1).toHaveLength(4);
    const community = await loggedIn(w.backend, 'aa-org');
    expect((await community.post(`${w.base}/templates/import`, xlsxForm(exp.bytes))).status).toBe(403);
    const ok = await w.admin.post(`${w.base}/templates/import`, xlsxForm(exp.bytes, '标准库-v1.xlsx'));
    expect(ok.status).toBe(201);
    // (based on the newest published version, v2 from the test above; the items are v1's, from the file)
    expect(ok.body).toMatchObject({
      status: 'draft',
      name: '标准库-v1（导入）',
      basedOnId: (await w.admin.get(`${w.base}/templates`)).body.currentId,
    });
    expect(strip(ok.body.items)).toEqual(v1);
    expect((await w.admin.delete(`${w.base}/templates/${ok.body.id}`)).status).toBe(200);
    const noExt = await w.admin.post(`${w.base}/templates/import`, xlsxForm(exp.bytes, 'template'));
    expect(noExt.status).toBe(201);
    expect(strip(noExt.body.items)).toEqual(v1);
    expect((await w.admin.delete(`${w.base}/templates/${noExt.body.id}`)).status).toBe(200);
    expect(
      (await w.admin.post(`${w.base}/templates/import`, xlsxForm(exp.bytes, 'template.xls'))).body.error
        .field,
    ).toBe('file');
  });

  it('refuses a broken .xlsx naming the row and column, and changes nothing', async () => {
    const before = (await w.admin.get(`${w.base}/templates`)).body;
    const good = (
      await readXlsxRows(
        Buffer.from(
          (
            await getBytes(w.backend, 'aa-admin', `${w.base}/templates/${w.versionId}/export.xlsx`)
          ).bytes,
        ),
      )
    ).map((r) => Array.from(r, (v) => v ?? ''));
    // Wrong header: 分值 renamed 分数 (column H).
    const header = good.map((r, n) => (n === 0 ? r.map((h) => (h === '分值(maxScore)' ? '分数' : h)) : r));
    const wrongHeader = await w.admin.post(`${w.base}/templates/import`, xlsxForm(await sheet(header)));
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body.error.field).toBe('file');
    expect(wrongHeader.body.error.message).toContain('row 1, column H “分数”: unknown column');
    expect(wrongHeader.body.error.message).toContain('row 1: column maxScore is missing');
    expect(wrongHeader.body.error.issues[0]).toEqual({
      field: 'file',
      message: 'row 1, column H “分数”: unknown column',
    });
    // The same file, for a user working in Chinese.
    const zh = w.backend.client('zh-CN');
    await zh.login('aa-admin', PASSWORD);
    const wrongHeaderZh = await zh.post(`${w.base}/templates/import`, xlsxForm(await sheet(header)));
    expect(wrongHeaderZh.body.error.message).toBe(
      '输入有误：第 1 行 H 列「分数」：未知列; 第 1 行：缺少列 分值(maxScore)',
    );
    // Bad weight: A2 (row 3) weighs 0 for gated communities (column M); A3 (row 4) has "x" for open ones (column L).
    const weights = good.map((r) => [...r]);
    weights[2]![12] = '0';
    weights[3]![11] = 'x';
    const badWeight = await w.admin.post(`${w.base}/templates/import`, xlsxForm(await sheet(weights)));
    expect(badWeight.status).toBe(400);
    expect(badWeight.body.error.field).toBe('rows.3.weight.closed');
    expect(badWeight.body.error.message).toContain(
      'row 3, column M (weight.closed): weight must be in (0, 10]',
    );
    expect(badWeight.body.error.message).toContain('row 4, column L (weight.open): not a number');
    // A file named .xlsx that is not a workbook.
    const notXlsx = await w.admin.post(
      `${w.base}/templates/import`,
      xlsxForm(new TextEncoder().encode(HAND_CSV)),
    );
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.field).toBe('file');
    // Nothing was created.
    expect((await w.admin.get(`${w.base}/templates`)).body).toEqual(before);
  });
});
