import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import { idNumberCheckChar } from '../members/id-number';
import type { testClient } from '../testing';

/** A valid ID number per sequence number, born 1990-01-01 in 龙岩新罗区 (no clash with the fixtures' 1980 ones). */
export function idOf(seq: number): string {
  const first17 = `35080219900101${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The same ID number with a wrong check character. */
export function badIdOf(seq: number): string {
  const good = idOf(seq);
  const wrong = '10X98765432'.split('').find((c) => c !== good[17])!;
  return good.slice(0, 17) + wrong;
}

export const MEMBER_HEADER = [
  '姓名*',
  '性别*',
  '身份证号*',
  '手机号',
  '出生日期',
  '党员类别*',
  '干部级别',
  '所在党组织*',
  '工作单位',
  '居住地点',
  '入党日期',
  '职业',
  '特长',
];

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvText = (rows: unknown[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** A workbook with one sheet; `rows` keyed by row number (gaps stay empty), cells as given (numbers stay numbers). */
export async function xlsxOf(rows: Record<number, unknown[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('党员名册');
  for (const [n, cells] of Object.entries(rows)) {
    const row = sheet.getRow(Number(n));
    cells.forEach((v, i) => {
      if (v !== undefined && v !== '') row.getCell(i + 1).value = v as ExcelJS.CellValue;
    });
    row.commit();
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function upload(
  client: ReturnType<typeof testClient>,
  city: string,
  file: Uint8Array | string,
  fileName: string,
  kind: string | undefined = 'members',
) {
  const form = new FormData();
  if (kind !== undefined) form.append('kind', kind);
  form.append(
    'file',
    new Blob([new Uint8Array(typeof file === 'string' ? Buffer.from(file, 'utf8') : file)]),
    fileName,
  );
  return client.post(`/api/cities/${city}/roster/jobs`, form);
}

/** Polls a job until the dry run or merge has finished. */
export async function settled(client: ReturnType<typeof testClient>, city: string, id: number) {
  for (let i = 0; i < 600; i++) {
    const r = await client.get(`/api/cities/${city}/roster/jobs/${id}`);
    if (r.status !== 200) throw new Error(`job ${id}: ${r.status} ${JSON.stringify(r.body)}`);
    if (r.body.status !== 'validating' && r.body.status !== 'importing') return r.body;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error(`job ${id} did not settle`);
}

/** Upload, wait for the dry run, optionally commit and wait for the merge. */
export async function runUpload(
  client: ReturnType<typeof testClient>,
  city: string,
  file: Uint8Array | string,
  fileName: string,
  options: { kind?: string; commit?: 'all' | 'good_rows' } = {},
) {
  const up = await upload(client, city, file, fileName, options.kind ?? 'members');
  if (up.status !== 202) throw new Error(`upload: ${up.status} ${JSON.stringify(up.body)}`);
  const checked = await settled(client, city, up.body.id);
  if (!options.commit) return { checked, done: undefined };
  const commit = await client.post(`/api/cities/${city}/roster/jobs/${up.body.id}/commit`, {
    mode: options.commit,
  });
  if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${JSON.stringify(commit.body)}`);
  return { checked, done: await settled(client, city, up.body.id) };
}

/** A logged-in session's cookie, for raw (binary) requests. */
export async function cookieFor(app: Hono<any>, username: string, password: string): Promise<string> {
  const res = await app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export async function download(app: Hono<any>, cookie: string, path: string, locale = 'zh-CN') {
  const res = await app.request(`http://localhost${path}`, {
    headers: { cookie, 'accept-language': locale },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

export const problemKeys = (errors: { row: number; field: string | null; code: string }[]) =>
  errors.map((e) => [e.row, e.field, e.code]);
