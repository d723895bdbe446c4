// The rows one submission writes (what api/applications/submissions.ts does through Prisma), as raw
// SQL for the baseline of api.submit.*: same tables, same rows, one transaction; each submission a
// new enterprise, as in the API's load.

import { randomUUID } from "node:crypto";

const YEAR = 2025;

export const RAW_SUBMIT_STATEMENTS = [
  `INSERT INTO "idempotency_keys" ("scope", "key", "request_hash", "response_status", "response_body") VALUES ('bot', $1, $2, 0, '') ON CONFLICT DO NOTHING`,
  `INSERT INTO "application_sequences" ("year", "last") VALUES (${YEAR}, 1) ON CONFLICT ("year") DO UPDATE SET "last" = "application_sequences"."last" + 1 RETURNING "last"`,
  `INSERT INTO "applicants" ("id", "uscc", "name", "district", "contact_name", "contact_phone", "wechat_id", "updated_at")
   VALUES ($1, $2, '淄博某某电子商务有限公司', '张店区', '张三', '13800000000', 'wxid_bench', now())
   ON CONFLICT ("uscc") DO UPDATE SET "name" = EXCLUDED."name", "contact_name" = EXCLUDED."contact_name", "updated_at" = now()`,
  `INSERT INTO "applications" ("id", "number", "year", "applicant_id", "applicant_snapshot", "wechat_id", "district", "subject_type", "facts", "assessment", "requested_amount_yuan", "submitted_by", "updated_at")
   VALUES ($1, 'ZB-${YEAR}-' || lpad((SELECT "last" FROM "application_sequences" WHERE "year" = ${YEAR})::text, 6, '0'), ${YEAR},
     (SELECT "id" FROM "applicants" WHERE "uscc" = $5), $2, 'wxid_bench', '张店区', 'enterprise', $3, $4, 40000, 'bot', now())`,
  `INSERT INTO "application_clauses" ("application_id", "clause", "article", "kind", "status", "max_amount_yuan", "estimated_amount_yuan") VALUES ($1, 'leading-enterprise', 2, 'subsidy', 'eligible', 100000, 40000)`,
  `INSERT INTO "notifications" ("id", "event", "channel", "application_id", "payload") VALUES ($1, 'application.submitted', 'wechat_staff', $2, $3)`,
  `INSERT INTO "audit_entries" ("id", "actor", "action", "application_id", "details") VALUES ($1, 'bot', 'application.submitted', $2, '{}')`,
  `UPDATE "idempotency_keys" SET "response_status" = 201, "response_body" = $2, "application_id" = $3 WHERE "scope" = 'bot' AND "key" = $1`,
];

const SNAPSHOT = JSON.stringify({
  name: "淄博某某电子商务有限公司",
  uscc: "91350100M000100Y43",
  district: "张店区",
});
const FACTS = JSON.stringify({ subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 });
const ASSESSMENT = JSON.stringify({ policyId: "zibo-ecommerce-2022", inForce: true, results: [] });
const PAYLOAD = JSON.stringify({ text: "新的申报" });

export function rawSubmitParams(i: number): unknown[][] {
  const key = `raw-${i}-${randomUUID()}`;
  const app = randomUUID();
  const uscc = `9137${String(i).padStart(14, "0")}`;
  return [
    [key, "0".repeat(64)],
    [],
    [randomUUID(), uscc],
    [app, SNAPSHOT, FACTS, ASSESSMENT, uscc],
    [app],
    [randomUUID(), app, PAYLOAD],
    [randomUUID(), app],
    [key, `{"id":"${app}"}`, app],
  ];
}
