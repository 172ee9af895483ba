/**
 * The plugin toolkit: what every model's server code needs, once. Before it, each plugin carried its own copy of
 * these helpers, and the copies had drifted (three argument orders for `invalid`, `num(null)` 0 in two plugins and
 * null in two, two versions of month arithmetic).
 */
export { type PluginAuditEntry, pluginAudit } from './audit';
export { addDays, addMonths, daysBetween, type IsoDay, mondayOf, todayOf } from './calendar';
export { num, numOrNull, roundTo } from './numbers';
export { invalid, refuse, say } from './refusals';
export {
  inScope,
  requireMemberActor,
  requireOrgLevel,
  scopeCondition,
  underAnyPath,
  type Who,
  whoOf,
} from './request';
export { optionalText, phoneNumber, positiveId, queryId, text } from './schemas';
export { findOrg, loadOrg, type OrgRow } from './orgs';
