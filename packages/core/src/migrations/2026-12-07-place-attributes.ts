import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// Place attributes (places/attributes.ts): the words a model keeps about places, declared in its manifest, stored
// here under the attribute's key. The one such column core had (core.place.community_type) moves here, value for
// value, under the same key, and is dropped: core keeps no model's list of values. Frozen once shipped.
const up = [
  `create table core.place_attribute (
     city_id integer not null,
     place_id integer not null,
     key text not null check (key ~ '^[a-z][a-z0-9_]*$'),
     value text not null,
     primary key (city_id, place_id, key),
     foreign key (city_id, place_id) references core.place (city_id, id) on delete cascade
   )`,
  `create index place_attribute_key_idx on core.place_attribute (city_id, key, value)`,
  `insert into core.place_attribute (city_id, place_id, key, value)
     select city_id, id, 'community_type', community_type from core.place where community_type is not null`,
  `alter table core.place drop column community_type`,
];

const down = [
  `alter table core.place add column community_type text`,
  `update core.place p set community_type = a.value
     from core.place_attribute a
     where a.city_id = p.city_id and a.place_id = p.id and a.key = 'community_type'`,
  `drop table core.place_attribute`,
];

export const placeAttributes = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};
