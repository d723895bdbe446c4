// A file the import cannot read at all (empty, wrong headers, wrong encoding, too large, not a
// spreadsheet). It is an ApiError, so the route's error middleware answers it with its status and
// code as it stands; problems of single rows are never thrown, they are reported and the row skipped.

import { ApiError } from "../http/errors.ts";

export type MatchingFileProblem =
  | "empty_file"
  | "no_rows"
  | "bad_headers"
  | "bad_encoding"
  | "bad_csv"
  | "bad_xlsx"
  | "old_excel"
  | "unsupported_type"
  | "file_too_large";

const STATUS: Record<MatchingFileProblem, number> = {
  empty_file: 400,
  no_rows: 400,
  bad_headers: 400,
  bad_encoding: 400,
  bad_csv: 400,
  bad_xlsx: 400,
  old_excel: 415,
  unsupported_type: 415,
  file_too_large: 413,
};

export class MatchingFileError extends ApiError {
  readonly problem: MatchingFileProblem;
  constructor(problem: MatchingFileProblem, message: string, details: string[] = []) {
    super(
      STATUS[problem],
      problem,
      message,
      details.map((d) => ({ path: "file", message: d })),
    );
    this.name = "MatchingFileError";
    this.problem = problem;
  }
}
