import { allow, type CityAccess, deny, type Permit, say } from '@jiceng/plugin-kit';
import { reviewsWithin } from '../access';

export interface RectificationFacts {
  /** Path of the community's org. */
  path: string;
  status: 'open' | 'closed';
}

/** 重新打开: the street or the city (whoever reviews the community) reopens a closed item that was not really fixed. */
export function mayReopen(access: CityAccess, r: RectificationFacts): Permit {
  if (!reviewsWithin(access, r.path))
    return deny(say('仅街道或城市可重新打开整改事项', 'only the street or the city reopens an item'));
  if (r.status !== 'closed') return deny(say('事项未销号', 'not closed'), 409);
  return allow();
}

/** 销号: anyone who sees the item (the community itself included) closes it once, while it is open. */
export function mayClose(r: RectificationFacts): Permit {
  return r.status === 'closed' ? deny(say('已销号', 'already closed'), 409) : allow();
}
