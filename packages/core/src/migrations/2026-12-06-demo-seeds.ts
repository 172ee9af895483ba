import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// Which demo data a city holds: 'core' (the city was created by the demo seeder) and each model whose demo data was
// loaded into it. The primary key is the "only once" rule that makes `cli seed --plugin` and the admin console's
// "load demo data" idempotent. Frozen once shipped: later changes go in a new dated migration.
const up = [
  `create table core.demo_seed (
     city_id integer not null references core.city (id),
     what text not null,
     seeded_at timestamptz not null default now(),
     primary key (city_id, what)
   )`,
  // Databases seeded before this table: a city whose '<code>-admin' account exists was made by the demo seeder,
  // together with the demo data of every model it enabled then.
  `insert into core.demo_seed (city_id, what)
   select c.id, 'core' from core.city c
   where exists (select 1 from core.app_user u where u.username = c.code || '-admin')
   on conflict do nothing`,
  `insert into core.demo_seed (city_id, what)
   select cp.city_id, cp.plugin_id from core.city_plugin cp
   join core.demo_seed d on d.city_id = cp.city_id and d.what = 'core'
   on conflict do nothing`,
];

const down = [`drop table if exists core.demo_seed`];

export const demoSeeds = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};
