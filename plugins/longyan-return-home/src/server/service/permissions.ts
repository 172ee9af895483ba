import { allow, deny, type Permit, say } from '@jiceng/plugin-kit';
import type { Asker } from '../reports/permissions';

/** The facts of one service record the review rule looks at. */
export interface ServiceRecordFacts {
  communityOrgId: number;
  status: string;
}

/**
 * 服务确认: the community party org the service was done for checks with the beneficiary and confirms or rejects
 * it, once; a city admin, the street or the member's unit sees the record but does not review it.
 */
export function mayReviewService(who: Asker, r: ServiceRecordFacts): Permit {
  if (!who.adminOrgIds.includes(r.communityOrgId))
    return deny(say('仅服务社区的党组织可审核', 'only the party org of the community served reviews it'));
  if (r.status !== 'submitted') return deny(say('该记录已审核', 'already reviewed'), 409);
  return allow();
}
