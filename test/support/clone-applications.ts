// Many applications at once for tests and benchmarks of lists and exports: copies of one filed
// through the API, numbered on from it, with their clauses, in two SQL statements.

import type { Database } from "../../api/db/database.ts";

export async function cloneApplication(
  db: Pick<Database, "sql">,
  number: string,
  count: number,
  from = 100_000,
) {
  await db.sql.exec(`
    INSERT INTO "applications" ("id", "number", "year", "applicant_id", "applicant_snapshot", "wechat_id", "district",
      "subject_type", "facts", "assessment", "status", "requested_amount_yuan", "approved_amount_yuan", "submitted_by",
      "created_at", "updated_at")
    SELECT gen_random_uuid(), 'ZB-' || a."year" || '-' || lpad((${from} + g)::text, 6, '0'), a."year", a."applicant_id",
      a."applicant_snapshot", a."wechat_id", a."district", a."subject_type", a."facts", a."assessment", a."status",
      a."requested_amount_yuan", a."approved_amount_yuan", a."submitted_by", a."created_at" + g * interval '1 second', now()
    FROM "applications" a, generate_series(1, ${count}) g WHERE a."number" = '${number}';
    INSERT INTO "application_clauses" ("application_id", "clause", "article", "kind", "status", "max_amount_yuan",
      "estimated_amount_yuan")
    SELECT c."id", ac."clause", ac."article", ac."kind", ac."status", ac."max_amount_yuan", ac."estimated_amount_yuan"
    FROM "applications" c
    JOIN "applications" a ON a."number" = '${number}' AND c."number" > 'ZB-' || a."year" || '-' || lpad('${from}', 6, '0')
    JOIN "application_clauses" ac ON ac."application_id" = a."id";`);
}
