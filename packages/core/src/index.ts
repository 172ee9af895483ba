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
export { csvCell, neutralizeFormula, toCsv } from './export/csv';
export * from './export/xlsx';
export * from './http/actions';
export type { AppEnv, Locale } from './http/env';
export * from './http/errors';
export { API_CSP, originGuard, SHELL_CSP, securityHeaders } from './http/guard';
export {
  allowBody,
  bodyLimits,
  DEFAULT_BODY_LIMIT,
  formatBytes,
  requestTimeout,
  uploadLimit,
} from './http/limits';
export { localeFrom, translate } from './http/messages';
export { itemsOf, okSchema, pageOf } from './http/schemas';
export { type HttpSettings, httpSettings, requestHost, requestIsHttps } from './http/settings';
export * from './http/validate';
export * from './indicators';
export * from './jobs';
export * from './logger';
export * from './members/id-number';
export * from './migrate';
export {
  type DispatchResult,
  dispatchNotifications,
  NOTICE_LIMITS,
  type NotificationChannel,
  type NotificationView,
  type OutboundNotice,
} from './notifications';
export * from './outcomes';
export * from './plugins/contract';
export { isDemoCity, recordDemoSeed, type SeedPluginResult, seedPluginIntoCity } from './plugins/demo-seed';
export * from './plugins/host';
export * from './roster';
export { sortWorkLines, WORK_QUEUE_BUDGET_MS, type WorkLine, type WorkQueue, workQueueOf } from './work';
