import { describe, expect, it } from 'vitest';
import {
  evidenceDateProblem,
  evidenceFile,
  evidenceRefusal,
  historyItem,
  judge,
  LOCKED,
  matchesList,
  permissions,
  rectificationProblem,
  selfEditRefusal,
  stateRefusal,
} from './rules';

describe('assessment rules', () => {
  it('takes an evidence file by its extension, keeps only the base name, and refuses a type that disagrees', () => {
    expect(evidenceFile('C:\\docs\\会议记录.PDF', 'application/pdf')).toEqual({
      ok: true,
      filename: '会议记录.PDF',
      mime: 'application/pdf',
    });
    expect(evidenceFile('photo.jpg', 'application/octet-stream')).toMatchObject({
      ok: true,
      mime: 'image/jpeg',
    });
    expect(evidenceFile('photo.jpg', '')).toMatchObject({ ok: true, mime: 'image/jpeg' });
    expect(evidenceFile('photo.jpg', 'text/html')).toMatchObject({ ok: false });
    expect(evidenceFile('run.exe', '')).toMatchObject({ ok: false });
    expect(evidenceFile('noextension', 'application/pdf')).toMatchObject({ ok: false });
  });

  it('wants a real evidence date not after today', () => {
    expect(evidenceDateProblem('2026-06-15', '2026-06-15')).toBeNull();
    expect(evidenceDateProblem('2026-02-30', '2026-06-15')?.en).toMatch(/YYYY-MM-DD/);
    expect(evidenceDateProblem('15/06/2026', '2026-06-15')?.en).toMatch(/YYYY-MM-DD/);
    expect(evidenceDateProblem('2026-06-16', '2026-06-15')?.en).toMatch(/future/);
  });

  it('words a rectification item with the result and the score out of the maximum', () => {
    expect(
      rectificationProblem({ code: 'A1', title: '组织', result: 'not_met', score: null, maxScore: 4 }),
    ).toBe('A1 组织：未达标（得分 0/4）');
  });

  it('lets the community edit only before review, and the street review only in review', () => {
    expect(permissions({ state: 'planned', canSelf: true, canReview: false })).toEqual({
      canEdit: true,
      canSubmit: false,
      canReview: false,
    });
    expect(permissions({ state: 'in_progress', canSelf: true, canReview: true })).toEqual({
      canEdit: true,
      canSubmit: true,
      canReview: false,
    });
    expect(permissions({ state: 'in_review', canSelf: true, canReview: true })).toEqual({
      canEdit: false,
      canSubmit: false,
      canReview: true,
    });
    expect(permissions({ state: 'done', canSelf: true, canReview: true })).toEqual({
      canEdit: false,
      canSubmit: false,
      canReview: false,
    });
  });

  it('filters the list by state, type, street and part of the name', () => {
    const row = { state: 'in_review', communityType: 'open', streetPlaceId: 3, communityName: '千佛山社区' };
    expect(matchesList(row, {})).toBe(true);
    expect(matchesList(row, { state: 'in_review', type: 'open', streetPlaceId: 3, q: '千佛' })).toBe(true);
    expect(matchesList(row, { state: 'done' })).toBe(false);
    expect(matchesList(row, { type: 'closed' })).toBe(false);
    expect(matchesList(row, { streetPlaceId: 4 })).toBe(false);
    expect(matchesList(row, { q: '大明湖' })).toBe(false);
  });

  it('refuses changes by state: locked when done, the state named otherwise', () => {
    expect(stateRefusal('in_review', 'in_review', '不能退回', 'only in review')).toBeNull();
    expect(stateRefusal('done', 'in_review', '不能退回', 'only in review')).toEqual(LOCKED);
    expect(stateRefusal('in_progress', 'in_review', '不能退回', 'only in review')).toEqual({
      'zh-CN': '当前状态为“自评中”，不能退回',
      en: 'only in review',
    });
    expect(selfEditRefusal('planned')).toBeNull();
    expect(selfEditRefusal('in_progress')).toBeNull();
    expect(selfEditRefusal('done')).toEqual(LOCKED);
    expect(selfEditRefusal('in_review')?.en).toBe('submitted for review; the street must return it first');
  });

  it('evidence changes while open; in review only the street; never once locked', () => {
    expect(evidenceRefusal({ state: 'in_progress', canReview: false }, 'add')).toBeNull();
    expect(evidenceRefusal({ state: 'in_review', canReview: true }, 'change')).toBeNull();
    expect(evidenceRefusal({ state: 'in_review', canReview: false }, 'add')?.en).toBe(
      'in review only the street may add evidence',
    );
    expect(evidenceRefusal({ state: 'in_review', canReview: false }, 'change')?.en).toBe(
      'in review only the street may change evidence',
    );
    expect(evidenceRefusal({ state: 'done', canReview: true }, 'add')).toEqual(LOCKED);
  });

  it('judges a result against the standard, naming the field at fault', () => {
    const graded = { max_score: 4, pass_score: 3, scoring_rule: 'graded' as const };
    expect(judge(graded, { result: 'met', score: 3.5, note: ' ' })).toEqual({
      ok: true,
      judgement: { result: 'met', score: 3.5, note: ' ' },
    });
    expect(judge(graded, { result: 'met', score: 2 })).toMatchObject({ ok: false, field: 'score' });
    expect(judge(graded, { result: 'not_applicable', score: 1 })).toMatchObject({
      ok: false,
      field: 'score',
    });
  });

  it('shows an audit entry without the plugin schema, the actor by name', () => {
    const at = new Date('2026-06-15T02:00:00Z');
    const row = {
      id: 12,
      action: 'review',
      entity: 'p_jinan_standards.result',
      entity_id: '5',
      before: null,
      after: { code: 'A1' },
      at,
      display_name: null,
      username: 'aa-street',
    };
    expect(historyItem(row)).toEqual({
      id: 12,
      action: 'review',
      entity: 'result',
      entityId: '5',
      actor: 'aa-street',
      at,
      before: null,
      after: { code: 'A1' },
    });
  });
});
