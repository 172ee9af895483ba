// The rows every reader yields (CSV and the streaming .xlsx reader), in a file of their own so the readers
// depend on it and not on each other.

/** A cell as a reader found it: text from CSV; text, number, Date or boolean from a spreadsheet. */
export type Cell = string | number | boolean | Date | null;
export interface SheetRow {
  /** The row number a user sees: the line in a CSV file, the row in a spreadsheet (header = 1). */
  row: number;
  cells: Cell[];
}
