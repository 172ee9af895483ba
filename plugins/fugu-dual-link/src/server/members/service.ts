import type { Who } from '@jiceng/plugin-kit';
import type { FileKind } from '../../shared/terms';
import { audit, S } from '../common';
import type { FuguDb } from '../db';

/** The one write of the member views: an entry in the member file (写实档案), audited. */
export function addFileEntry(
  db: FuguDb,
  who: Who,
  memberId: number,
  b: { kind: FileKind; onDate: string; title: string; content?: string | null; score?: number | null },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.file_entry`)
      .values({
        city_id: who.cityId,
        member_id: memberId,
        kind: b.kind,
        on_date: b.onDate,
        title: b.title,
        content: b.content ?? null,
        score: b.score ?? null,
        recorded_by: who.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'file_entry',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}
