// The shapes the 政策找人 pages read, as the API's matching routes return them: the OpenAPI document
// describes a run and its rows loosely (open objects), so their fields are named here; the budget
// (BudgetPage) and the application's clause rows (ApplicationPage) likewise.

export interface Run {
  id: string;
  fileName: string | null;
  assessedOn: string;
  importedBy: string;
  createdAt: string;
  rows: number;
  valid: number;
  invalid: number;
  sha256: string;
  eligible?: Record<string, number>;
  leadingEnterprise?: {
    eligible: number;
    totalYuan: number;
    cityCapYuan: number;
    factor: number;
    payableYuan: number;
  } | null;
  errors?: { row: number; column: string; message: string }[];
  errorCount?: number;
  errorsTruncated?: boolean;
}

export interface ResultRow {
  row: number;
  name: string;
  uscc: string;
  district: string | null;
  subjectType: string;
  results: { clause: string; name: string; status: string }[];
  estimatedYuan: number;
  applied: boolean;
  applications: { id: string; number: string; differences: { text: string }[] }[];
}
