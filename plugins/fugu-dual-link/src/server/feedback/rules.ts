import type { LocalizedText } from '@jiceng/plugin-kit';
import { say } from '@jiceng/plugin-kit';
import { parsePeriodKey, type Span } from '../../shared/dates';
import { FEEDBACK_ASPECTS, SECTION_DEPUTY_AND_ABOVE } from '../../shared/terms';

/** The pure rules of feedback cards (反馈卡): periods, when a card opens, who receives it, the year-end ratings. */

export type CardKind = 'half_year' | 'annual';

/** The period a card covers when its key fits its kind (2026-H1 for half a year, 2026 for a year); else why not. */
export function periodOf(kind: CardKind, key: string): { span: Span } | { problem: LocalizedText } {
  const span = parsePeriodKey(key);
  const ok = span && (kind === 'half_year' ? /^\d{4}-H[12]$/.test(key) : /^\d{4}$/.test(key));
  if (ok) return { span };
  return {
    problem:
      kind === 'half_year'
        ? say('半年卡的期间形如 2026-H1', 'use 2026-H1 or 2026-H2')
        : say('年度卡的期间形如 2026', 'use a year like 2026'),
  };
}

/** A year key (2026) is a year-end period; anything else is read as half a year. */
export const kindOfKey = (key: string): CardKind => (/^\d{4}$/.test(key) ? 'annual' : 'half_year');

/** A card may be filled from the first day of its period's last month. */
export const opensOn = (p: Span) => `${p.to.slice(0, 8)}01`;

/** Who gets a card: always the unit's org; a year-end card of a 副科级以上 cadre also goes to the county office. */
export function recipientsFor(kind: CardKind, cadreRank: string): ('unit' | 'office')[] {
  return kind === 'annual' && (SECTION_DEPUTY_AND_ABOVE as readonly string[]).includes(cadreRank)
    ? ['unit', 'office']
    : ['unit'];
}

/**
 * The ratings a card keeps: a year-end card rates every aspect and overall (else the first missing field and why);
 * a half-year card keeps whatever ratings it was given, or none.
 */
export function cardRatings(
  kind: CardKind,
  ratings: Partial<Record<string, string>> | undefined,
  overall: string | null | undefined,
): { ratings: Record<string, string> | null } | { problem: LocalizedText; field: string } {
  if (kind === 'annual') {
    const missing = FEEDBACK_ASPECTS.filter((a) => !ratings?.[a]);
    if (missing.length)
      return {
        problem: say(`年终综合评议须评定：${missing.join(', ')}`, `year-end card needs every aspect rated`),
        field: `ratings.${missing[0]}`,
      };
    if (!overall)
      return { problem: say('年终综合评议须给出总体评价', 'overall rating required'), field: 'overall' };
    return { ratings: ratings as Record<string, string> };
  }
  return { ratings: ratings && Object.keys(ratings).length ? (ratings as Record<string, string>) : null };
}

/** A card as answered: without the paths used for reach, on time when sent by its due day, with its deliveries. */
export function cardView<
  T extends { id: number; sentOn: string; dueOn: string; communityPath: string; unitPath: string },
  D extends { cardId: number },
>(card: T, deliveries: D[]) {
  const { communityPath: _c, unitPath: _u, ...rest } = card;
  return {
    ...rest,
    onTime: card.sentOn <= card.dueOn,
    deliveries: deliveries.filter((d) => d.cardId === card.id),
  };
}
