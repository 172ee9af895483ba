/** Why a pair cannot end on `until` (ISO dates compare as text), or null when it can. */
export function pairEndRefusal(
  pair: { since: string | null; until: string | null },
  until: string,
  today: string,
): 'ended' | 'future' | 'before_since' | null {
  if (pair.until !== null) return 'ended';
  if (until > today) return 'future';
  if (pair.since !== null && until < pair.since) return 'before_since';
  return null;
}
