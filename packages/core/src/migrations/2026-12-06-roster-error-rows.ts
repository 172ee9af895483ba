import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// The problems workbook of a roster import carries each bad row's own cells, so a user fixes and re-uploads only
// those rows (src/roster). Frozen once shipped: later changes go in a new dated migration.
const up = [
  // The header row as the file wrote it: the problems workbook repeats it above the bad rows.
  `alter table core.import_job add column header jsonb`,
  // One row per row with a problem: the cells as read (a JSON array), or, for rows found bad only by the
  // whole-file checks in SQL, their checked values by field (a JSON object). Deleted with the job.
  `create table core.import_error_row (
     city_id integer not null,
     job_id integer not null,
     row_no integer not null,
     cells jsonb not null,
     primary key (city_id, job_id, row_no),
     foreign key (city_id, job_id) references core.import_job (city_id, id) on delete cascade
   )`,
];

const down = [
  `drop table if exists core.import_error_row`,
  `alter table core.import_job drop column if exists header`,
];

export const rosterErrorRows = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};
