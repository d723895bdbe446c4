// The shapes passed between the readers, the row checks and the orchestrator.

/** One cell as a reader sees it: text, a number or boolean from a spreadsheet cell, or nothing. */
export type Cell = string | number | boolean | null;

/** One row of the file as read, before any checking. */
export interface RawRow {
  /** The row's number in the file, the header being row 1 (as Excel numbers it). */
  row: number;
  cells: Cell[];
  /** Indexes of cells that hold a formula (XLSX): their cached results are not trusted. */
  formulaColumns?: number[];
}

/** A problem of one row: the row number, the column named by its header, and what is wrong, in Chinese. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** A matching_rows row as the results and the call list read it back (its facts and per-clause statuses). */
export interface StoredRow {
  row: number;
  uscc: string;
  name: string;
  district: string | null;
  subjectType: string;
  facts: Record<string, unknown>;
  statuses: Record<string, [string, number | null]>;
}
