// Matching the counted figures (政策找人, contract §11): the template, and the import that reads a
// CSV or XLSX file, checks each row and assesses it with the same rules as every other assessment.

export { importCountedFigures, readCountedFigures, BATCH_SIZE, MAX_REPORTED_ERRORS } from "./import.ts";
export type { AssessedRow, Batch, CountedFiguresRun, ImportOptions, MatchingReport } from "./import.ts";
export { templateCsv, templateXlsx, DATA_SHEET } from "./template.ts";
export {
  TEMPLATE_COLUMNS,
  TEMPLATE_FACTS,
  TEMPLATE_HEADERS,
  matchHeaders,
  normalizeHeader,
} from "./columns.ts";
export type { Field, TemplateColumn, TemplateFact } from "./columns.ts";
export { MatchingFileError } from "./errors.ts";
export type { MatchingFileProblem } from "./errors.ts";
export { MAX_BYTES, XLSX_TYPE } from "./source.ts";
export type { FileFormat, Source } from "./source.ts";
export type { CsvEncoding } from "./decode.ts";
export type { CountedRow } from "./rows.ts";
export { leadingEnterpriseEstimate } from "./summary.ts";
export type { LeadingEnterpriseEstimate, Summary } from "./summary.ts";
export type { Cell, RawRow, RowError } from "./types.ts";
