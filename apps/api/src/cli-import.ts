import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_KINDS, type ImportKind, importFile, jobView, type RosterDeps } from '@jiceng/core';
import { progressPrinter } from './progress';

export interface ImportOutput {
  log: (line: string) => void;
  error: (line: string) => void;
  /** The reading progress (a bar on a terminal). */
  progress: (label: string, done: number, total: number) => void;
}

/**
 * `jiceng import <city-code> <file> [options]`: the roster import the API runs (core's importFile over the same
 * RosterDeps, the installed plugins included, so a places file's attribute columns are read and checked as the
 * web's upload reads them). Its own module so that a test runs it on both databases. Returns the exit code;
 * a usage mistake throws.
 */
export async function importRoster(
  deps: RosterDeps,
  args: readonly string[],
  options: { help: string; out?: ImportOutput; cwd?: string },
): Promise<number> {
  const out = options.out ?? {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
    progress: progressPrinter(),
  };
  let kind = 'members';
  let locale: 'zh-CN' | 'en' = 'zh-CN';
  let mode: 'all' | 'good_rows' = 'all';
  let dryRun = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--kind') kind = args[++i] ?? '';
    else if (a.startsWith('--kind=')) kind = a.slice(7);
    else if (a === '--good-rows-only') mode = 'good_rows';
    else if (a === '--dry-run') dryRun = true;
    else if (a === '--lang') locale = args[++i] === 'en' ? 'en' : 'zh-CN';
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${options.help}`);
    else positional.push(a);
  }
  const [cityCode, file] = positional;
  if (!cityCode || !file) throw new Error(`usage: import <city-code> <file> [options]\n${options.help}`);
  if (!IMPORT_KINDS.includes(kind as ImportKind))
    throw new Error(`--kind: one of ${IMPORT_KINDS.join(', ')}`);
  // pnpm runs scripts in apps/api; a relative path means the caller's directory.
  const path = resolve(options.cwd ?? process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path)) throw new Error(`no such file: ${path}`);
  const city = await deps.db
    .selectFrom('core.city')
    .select(['id', 'name_zh'])
    .where('code', '=', cityCode)
    .executeTakeFirst();
  if (!city) throw new Error(`no city with code ${cityCode}`);
  const en = locale === 'en';
  const result = await importFile(deps, {
    cityId: city.id,
    kind: kind as ImportKind,
    path,
    actor: { userId: null, access: { level: 'city', platform: false }, via: 'cli' },
    mode,
    dryRun,
    locale,
    options: {
      onProgress: (e) => {
        if (e.phase === 'reading')
          out.progress(
            `${en ? 'reading' : '读取'} ${e.rows.toLocaleString()} ${en ? 'rows' : '行'}`,
            e.bytes,
            e.totalBytes,
          );
        else
          out.error(e.phase === 'checking' ? (en ? 'checking…' : '检查中…') : en ? 'importing…' : '写入中…');
      },
    },
  });
  const view = jobView(result.job, locale);
  const checked = jobView(result.checked, locale);
  if (checked.failure) {
    out.error(`✗ ${checked.failure.message}`);
    return 1;
  }
  const c = checked.counts;
  out.log(
    en
      ? `${city.name_zh}: ${c.totalRows} rows, ${c.goodRows} good, ${c.errorRows} with problems (${c.toInsert} new, ${c.toUpdate} changed, ${c.unchanged} unchanged)  [${(result.ms.check / 1000).toFixed(1)} s]`
      : `${city.name_zh}：共 ${c.totalRows} 行，无误 ${c.goodRows} 行，有问题 ${c.errorRows} 行（新增 ${c.toInsert}，变更 ${c.toUpdate}，未变 ${c.unchanged}）［${(result.ms.check / 1000).toFixed(1)} 秒］`,
  );
  for (const p of result.problems)
    out.log(
      `  ${en ? 'row' : '第'} ${p.row}${en ? '' : ' 行'}${p.column ? ` ${p.column}` : ''}: ${p.message}`,
    );
  if (result.problemTotal > result.problems.length)
    out.log(
      en
        ? `  … and ${result.problemTotal - result.problems.length} more (GET /api/cities/${cityCode}/roster/jobs/${view.id}/errors.xlsx)`
        : `  …… 另有 ${result.problemTotal - result.problems.length} 个问题（GET /api/cities/${cityCode}/roster/jobs/${view.id}/errors.xlsx）`,
    );
  if (dryRun) return c.errorRows ? 1 : 0;
  if (view.status === 'done') {
    const d = view.counts;
    out.log(
      en
        ? `✓ imported: ${d.inserted} new, ${d.updated} updated, ${d.unchanged} unchanged, ${d.skipped} skipped  [${(result.ms.merge / 1000).toFixed(1)} s]`
        : `✓ 已导入：新增 ${d.inserted}，更新 ${d.updated}，未变 ${d.unchanged}，跳过 ${d.skipped}［${(result.ms.merge / 1000).toFixed(1)} 秒］`,
    );
    return 0;
  }
  if (view.failure) {
    out.error(`✗ ${view.failure.message}`);
    return 1;
  }
  out.error(
    en
      ? '✗ nothing imported: fix the rows above, or run again with --good-rows-only'
      : '✗ 未导入：请修正以上各行，或加 --good-rows-only 只导入无误的行',
  );
  return 1;
}
