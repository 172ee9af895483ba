import { describe, expect, it } from 'vitest';
import { evidenceDateProblem, evidenceFile, matchesList, permissions, rectificationProblem } from './rules';

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
});
