-- Accounts for a day's work (contract §9): a district account (区县账号) sees only its district's
-- applications; a lock by wrong passwords is kept on the account until it lifts by itself or an
-- admin unlocks it, and failed sign-ins before `failures_since` no longer count towards a new lock.
ALTER TABLE "staff_accounts" ADD COLUMN "district" VARCHAR(20);
ALTER TABLE "staff_accounts" ADD COLUMN "locked_until" TIMESTAMPTZ(3);
ALTER TABLE "staff_accounts" ADD COLUMN "failures_since" TIMESTAMPTZ(3);

-- The queue of a real year (100,000 applications): every sort reads its first page from an index,
-- and a prefix search on the number or the 统一社会信用代码 uses one whatever the database's collation.
CREATE INDEX "applications_created_at_number_idx" ON "applications"("created_at", "number");
CREATE INDEX "applications_amount_idx" ON "applications"((COALESCE("approved_amount_yuan", "requested_amount_yuan", 0)), "created_at", "number");
CREATE INDEX "applications_number_prefix_idx" ON "applications"("number" varchar_pattern_ops);
CREATE INDEX "applicants_uscc_prefix_idx" ON "applicants"("uscc" varchar_pattern_ops);

-- The audit log filtered by who acted, what was done, or which account was touched, newest first.
CREATE INDEX "audit_entries_actor_created_at_idx" ON "audit_entries"("actor", "created_at");
CREATE INDEX "audit_entries_action_created_at_idx" ON "audit_entries"("action", "created_at");

-- The call list of 政策找人: a subject found eligible whom no WeChat contact reaches is phoned (at the
-- import's optional 联系电话 column, else an earlier filing's contact), and the call is marked
-- (outcome, who, when, a note).
ALTER TABLE "matching_rows" ADD COLUMN "phone" VARCHAR(30);
CREATE TABLE "matching_calls" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "clause" VARCHAR(40) NOT NULL,
    "outcome" VARCHAR(20) NOT NULL,
    "note" VARCHAR(500) NOT NULL DEFAULT '',
    "called_by" VARCHAR(100) NOT NULL,
    "called_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "matching_calls_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "matching_calls_run_id_uscc_clause_called_at_idx" ON "matching_calls"("run_id", "uscc", "clause", "called_at");

ALTER TABLE "matching_calls" ADD CONSTRAINT "matching_calls_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
