import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { CoreDatabase } from './db/schema';
import type { HttpSettings } from './http/settings';
import type { Logger } from './logger';
import type { NotificationChannel } from './notifications';
import type { JicengPlugin } from './plugins/contract';

/** What the HTTP kernel is built from; tests pass their own clock and database. */
export interface CoreDeps {
  db: Kysely<CoreDatabase>;
  clock: Clock;
  logger: Logger;
  /** The installed plugins: the API's explicit registry list. */
  plugins: readonly JicengPlugin<any>[];
  /** Proxy trust, allowed origins, shutdown bound; read from the environment (httpSettings()) when absent. */
  http?: HttpSettings;
  /** Channels beyond the app (SMS, WeChat …) that notices are queued for; none by default. */
  notificationChannels?: readonly NotificationChannel[];
}
