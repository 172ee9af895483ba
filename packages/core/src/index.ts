export { createApp, PLATFORM_VERSION } from './app';
export * from './audit';
export * from './auth/actor';
export { requireLogin } from './auth/middleware';
export { hashPassword, verifyPassword } from './auth/password';
export { SESSION_COOKIE } from './auth/session';
export * from './cities/scope';
export * from './clock';
export * from './db';
export type { CoreDeps } from './deps';
export type { AppEnv, Locale } from './http/env';
export * from './http/errors';
export * from './http/actions';
export { API_CSP, originGuard, SHELL_CSP, securityHeaders } from './http/guard';
export { type HttpSettings, httpSettings, requestHost, requestIsHttps } from './http/settings';
export { localeFrom, translate } from './http/messages';
export * from './http/validate';
export {
  allowBody,
  bodyLimits,
  DEFAULT_BODY_LIMIT,
  formatBytes,
  requestTimeout,
  uploadLimit,
} from './http/limits';
export { itemsOf, okSchema, pageOf } from './http/schemas';
export * from './indicators';
export * from './outcomes';
export * from './jobs';
export { sortWorkLines, WORK_QUEUE_BUDGET_MS, type WorkLine, type WorkQueue, workQueueOf } from './work';
export * from './logger';
export {
  dispatchNotifications,
  type DispatchResult,
  NOTICE_LIMITS,
  type NotificationChannel,
  type NotificationView,
  type OutboundNotice,
} from './notifications';
export * from './members/id-number';
export * from './migrate';
export * from './plugins/contract';
export * from './plugins/host';
export { isDemoCity, recordDemoSeed, type SeedPluginResult, seedPluginIntoCity } from './plugins/demo-seed';
export * from './export/xlsx';
export { csvCell, neutralizeFormula, toCsv } from './export/csv';
export * from './roster';
