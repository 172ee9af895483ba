import { describe, expect, it } from 'vitest';
import { JINAN_TEMPLATE } from './jinan';
import {
  articleChangeRefusal,
  changedItem,
  fileBase,
  fileFormat,
  importName,
  itemProblem,
  newItem,
  type StoredItem,
  versionLabel,
} from './rules';

const stored: StoredItem = {
  id: 7,
  seq: 3,
  code: 'C1',
  area: 'service',
  title: '城市测试项',
  titleEn: 'City item',
  description: '',
  source: 'city',
  maxScore: 4,
  passScore: 3,
  scoringRule: 'graded',
  scoringNote: '',
  weights: { open: 1, closed: 2 },
};

describe('template rules', () => {
  it('scores go in half points, pass at most max, all-or-nothing passes at max', () => {
    expect(itemProblem(stored)).toBeNull();
    expect(itemProblem({ ...stored, maxScore: 4.3 })?.field).toBe('maxScore');
    expect(itemProblem({ ...stored, passScore: 2.25 })?.field).toBe('passScore');
    expect(itemProblem({ ...stored, passScore: 4.5 })?.field).toBe('passScore');
    expect(itemProblem({ ...stored, scoringRule: 'all_or_nothing' })?.field).toBe('passScore');
    expect(itemProblem({ ...stored, scoringRule: 'all_or_nothing', passScore: 4 })).toBeNull();
  });

  it('a standard applies to at least one known type, each weight in (0, 10]', () => {
    expect(itemProblem({ ...stored, weights: {} })?.field).toBe('weights');
    expect(itemProblem({ ...stored, weights: { open: 0 } })?.field).toBe('weights.open');
    expect(itemProblem({ ...stored, weights: { open: 10.5 } })?.field).toBe('weights.open');
    expect(itemProblem({ ...stored, weights: { open: 10 } })).toBeNull();
    expect(itemProblem({ ...stored, weights: { harbour: 1 } as StoredItem['weights'] })?.field).toBe(
      'weights.harbour',
    );
  });

  it('a source item must be one the shipped template names, with its title and area', () => {
    const article = JINAN_TEMPLATE.find((t) => t.source === 'article')!;
    expect(itemProblem(article)).toBeNull();
    expect(itemProblem({ ...article, title: '改名' })?.field).toBe('title');
    expect(itemProblem({ ...stored, source: 'article' })?.field).toBe('source');
  });

  it('names versions and export files by their number, drafts as draft', () => {
    expect(versionLabel(3)).toBe('v3');
    expect(versionLabel(null)).toBe('draft');
    expect(fileBase({ name: '标准', version: 2 })).toBe('标准-v2');
    expect(fileBase({ name: '标准', version: null })).toBe('标准-draft');
  });

  it('reads the import format from the extension, else the declared type; .xls is refused', () => {
    expect(fileFormat({ name: 'a.XLSX', type: '' })).toBe('xlsx');
    expect(fileFormat({ name: 'a.csv', type: 'application/octet-stream' })).toBe('csv');
    expect(fileFormat({ name: 'a.txt', type: '' })).toBe('csv');
    expect(fileFormat({ name: 'a.xls', type: 'application/vnd.ms-excel' })).toBeNull();
    expect(fileFormat({ name: 'upload', type: 'text/csv; charset=utf-8' })).toBe('csv');
    expect(
      fileFormat({
        name: 'upload',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    ).toBe('xlsx');
    expect(fileFormat({ name: 'upload', type: 'application/pdf' })).toBeNull();
  });

  it('names an imported draft as given, else after the file', () => {
    expect(importName('  新版  ', 'x.csv')).toBe('新版');
    expect(importName('', '标准库-v2.xlsx')).toBe('标准库-v2（导入）');
    expect(importName(undefined, '标准库.csv')).toBe('标准库（导入）');
  });

  it('a city-added standard passes at its max score unless told, all-or-nothing always; empty weights drop', () => {
    const base = {
      code: 'C2',
      area: 'support' as const,
      title: '新增',
      titleEn: null,
      description: '',
      maxScore: 3,
      scoringRule: 'graded' as const,
      scoringNote: '',
      weights: { open: 1, closed: null },
    };
    expect(newItem(base)).toMatchObject({ source: 'city', titleEn: '', passScore: 3, weights: { open: 1 } });
    expect(newItem(base).weights).not.toHaveProperty('closed');
    expect(newItem({ ...base, passScore: 2 }).passScore).toBe(2);
    expect(newItem({ ...base, scoringRule: 'all_or_nothing', passScore: 2 }).passScore).toBe(3);
  });

  it('a change caps the pass score at a lowered max, and all-or-nothing passes at the max', () => {
    expect(changedItem(stored, { maxScore: 2 }).passScore).toBe(2);
    expect(changedItem(stored, { maxScore: 5 }).passScore).toBe(3);
    expect(changedItem(stored, { scoringRule: 'all_or_nothing' }).passScore).toBe(4);
    expect(changedItem(stored, { titleEn: null }).titleEn).toBe('');
    expect(changedItem(stored, { title: '新名' }).titleEn).toBe('City item');
    expect(changedItem(stored, { weights: { open: 1.5, closed: null } }).weights).toEqual({ open: 1.5 });
    expect(changedItem(stored, { passScore: 2.5 }).weights).toEqual(stored.weights);
  });

  it('a source item keeps its code, title and area; other changes pass', () => {
    const article = { ...stored, source: 'article' as const };
    expect(articleChangeRefusal(article, { title: '改名' })?.field).toBe('title');
    expect(articleChangeRefusal(article, { area: 'team' })?.field).toBe('area');
    expect(articleChangeRefusal(article, { code: 'X' })?.field).toBe('code');
    expect(articleChangeRefusal(article, { title: article.title, maxScore: 5 })).toBeNull();
    expect(articleChangeRefusal(stored, { title: '改名' })).toBeNull();
  });
});
