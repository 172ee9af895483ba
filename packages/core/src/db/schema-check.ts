import type { SelectType } from 'kysely';

/**
 * Type-level comparison of hand-written table interfaces (`H`, refined: literal unions, JSON shapes) with the
 * interfaces generated from a migrated database's information_schema (`G`, see `schemaTypesText` in
 * `@jiceng/core/testing`). Every table and column must be in both, with the same nullability, and each column's
 * selected type must fit the database's. The result is a union of problems, `never` when they agree:
 * `type Check = SchemaAgrees<SchemaMismatches<MyDatabase, MyGeneratedTables>>` fails to compile naming each one.
 */
export type SchemaMismatches<H, G> =
  | { [T in Exclude<keyof H, keyof G> & string]: `${T}: no such table in the database` }[Exclude<
      keyof H,
      keyof G
    > &
      string]
  | { [T in Exclude<keyof G, keyof H> & string]: `${T}: table missing from the interface` }[Exclude<
      keyof G,
      keyof H
    > &
      string]
  | { [T in keyof H & keyof G & string]: TableMismatches<T, H[T], G[T]> }[keyof H & keyof G & string];

type TableMismatches<T extends string, H, G> =
  | { [C in Exclude<keyof H, keyof G> & string]: `${T}.${C}: no such column in the database` }[Exclude<
      keyof H,
      keyof G
    > &
      string]
  | { [C in Exclude<keyof G, keyof H> & string]: `${T}.${C}: column missing from the interface` }[Exclude<
      keyof G,
      keyof H
    > &
      string]
  | {
      [C in keyof H & keyof G & string]: ColumnMismatch<`${T}.${C}`, SelectType<H[C]>, SelectType<G[C]>>;
    }[keyof H & keyof G & string];

type ColumnMismatch<Name extends string, H, G> = [NonNullable<H>] extends [NonNullable<G>]
  ? null extends H
    ? null extends G
      ? never
      : `${Name}: nullable in the interface, not null in the database`
    : null extends G
      ? `${Name}: not null in the interface, nullable in the database`
      : never
  : `${Name}: its type does not fit the database's`;

/** Compiles only when `Problems` is `never`; otherwise the error lists them. */
export type SchemaAgrees<Problems extends never> = Problems;
