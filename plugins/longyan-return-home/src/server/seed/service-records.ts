import { intBetween, pick } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { S } from '../common';
import {
  ADDRESS,
  addDays,
  bulk,
  dayIn,
  daysBetween,
  minDate,
  PUBLISHED,
  SERVICE_CONTENT,
  SURNAMES,
} from './data';
import type { PostsAndClaims } from './posts-and-claims';
import type { Reports } from './reports';
import type { World } from './world';

/** 服务确认 of the reported members, and the wishes fulfilled through a confirmed record on their claim. */
export async function seedServiceRecords(s: World & Reports & PostsAndClaims) {
  const {
    db,
    cityId,
    random,
    progress,
    now,
    stamp,
    reported,
    wishRows,
    postClaimsOf,
    wishIdsPre,
    wishClaims,
    claimIds,
  } = s;
  progress('service records', 0, 1);

  // --- 服务确认: every reported member has served (nearly all confirmed); some records wait or were rejected ---
  const recordRows: Record<string, unknown>[] = [];
  const record = (
    memberId: number,
    community: number,
    servedOn: string,
    status: string,
    claimId: number | null,
  ) => {
    const beneficiary = pick(random, SURNAMES) + pick(random, ADDRESS);
    const submitted = minDate(now, addDays(servedOn, intBetween(random, 0, 3)));
    // Submitted in the day, reviewed in the evening at the earliest.
    const reviewed =
      status === 'submitted'
        ? null
        : stamp(random, minDate(now, addDays(submitted, intBetween(random, 0, 5))), 18, 21);
    recordRows.push({
      city_id: cityId,
      member_id: memberId,
      community_org_id: community,
      claim_id: claimId,
      served_on: servedOn,
      hours: intBetween(random, 2, 8) / 2,
      content: pick(random, SERVICE_CONTENT),
      beneficiary,
      status,
      submitted_at: stamp(random, submitted, 8, 17),
      reviewed_at: reviewed,
      verified_with:
        status === 'confirmed'
          ? `${beneficiary}（${pick(random, ['电话核实', '上门核实', '组织者核实'])}）`
          : null,
      review_note: status === 'rejected' ? '服务对象未能确认 / the beneficiary could not confirm' : null,
    });
  };
  for (const r of reported) {
    const claims = postClaimsOf.get(r.memberId) ?? [];
    const first = claims.length ? claimIds[claims[0]!]! : null;
    const firstDay = dayIn(random, r.date, now);
    const firstStatus =
      random() < PUBLISHED.firstServiceConfirmed
        ? 'confirmed'
        : daysBetween(firstDay, now) < 5
          ? 'submitted'
          : 'rejected';
    record(r.memberId, r.community, firstDay, firstStatus, first);
    const extra = Math.floor(-Math.log(1 - random()) * 0.35);
    for (let i = 0; i < extra; i++) {
      const day = dayIn(random, r.date, now);
      const recent = daysBetween(day, now) < 10;
      record(
        r.memberId,
        r.community,
        day,
        recent && random() < 0.4 ? 'submitted' : random() < 0.96 ? 'confirmed' : 'rejected',
        claims[i + 1] != null ? claimIds[claims[i + 1]!]! : null,
      );
    }
  }
  const fulfilled: { wishIndex: number; on: string }[] = [];
  for (const w of wishClaims) {
    const on = addDays(w.date, intBetween(random, 1, 20));
    if (on > now || random() > 0.97) continue;
    const community = wishRows[w.index]!.community_org_id as number;
    record(w.member, community, on, 'confirmed', claimIds[w.claim]!);
    fulfilled.push({ wishIndex: w.index, on });
  }
  await bulk(db, `${S}.service_record`, recordRows);
  if (fulfilled.length)
    await sql`
      update ${sql.raw(S)}.wish w set status = 'fulfilled', fulfilled_on = f.on
      from json_to_recordset(${JSON.stringify(fulfilled.map((f) => ({ id: wishIdsPre[f.wishIndex], on: f.on })))}::json) as f(id integer, "on" date)
      where w.city_id = ${cityId} and w.id = f.id`.execute(db);
  const claimedWishIds = wishClaims.map((w) => wishIdsPre[w.index]!);
  if (claimedWishIds.length)
    await sql`update ${sql.raw(S)}.wish set status = 'claimed' where city_id = ${cityId} and status = 'open' and id = any(${sql.val(claimedWishIds)}::int[])`.execute(
      db,
    );
  progress('service records', 1, 1);
}
