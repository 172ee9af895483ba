import { pick } from '@jiceng/plugin-kit';
import { PIONEER_TAGS } from '../../shared/model';
import { S } from '../common';
import { bulk } from './data';
import type { Reports } from './reports';
import type { World } from './world';

/** 五个先锋: tags on about a third of the reported members. */
export async function seedPioneerTags(s: World & Reports) {
  const { db, cityId, random, progress, reported } = s;
  progress('pioneer tags', 0, 1);

  // "五个先锋" tags.
  const tagRows: Record<string, unknown>[] = [];
  for (const r of reported) {
    if (random() > 0.35) continue;
    const tags = new Set([pick(random, PIONEER_TAGS)]);
    if (random() < 0.3) tags.add(pick(random, PIONEER_TAGS));
    for (const tag of tags) tagRows.push({ city_id: cityId, member_id: r.memberId, tag });
  }
  await bulk(db, `${S}.pioneer_tag`, tagRows);
  progress('pioneer tags', 1, 1);
}
