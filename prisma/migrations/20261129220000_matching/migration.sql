-- Matching the counted figures (政策找人, contract §11): each import of the bureau's statistics file is
-- a run — who imported which file (its SHA-256), when, for which assessment date, and what it added up
-- to — and each valid row is kept with the facts it gave and each clause's status, so staff can
-- filter, export and set the counted figures against what applicants claimed.
CREATE TABLE "matching_runs" (
    "id" UUID NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "file_name" VARCHAR(255),
    "sha256" VARCHAR(64) NOT NULL,
    "bytes" INTEGER NOT NULL,
    "format" VARCHAR(10) NOT NULL,
    "encoding" VARCHAR(10),
    "assessed_on" VARCHAR(10) NOT NULL,
    "imported_by" VARCHAR(100) NOT NULL,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "valid" INTEGER NOT NULL DEFAULT 0,
    "invalid" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "matching_runs_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "matching_runs_created_at_idx" ON "matching_runs"("created_at");

CREATE TABLE "matching_rows" (
    "run_id" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "district" VARCHAR(20),
    "subject_type" VARCHAR(20) NOT NULL,
    "facts" JSONB NOT NULL,
    "statuses" JSONB NOT NULL,
    "eligible" TEXT[] NOT NULL,
    "estimated_yuan" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "matching_rows_pkey" PRIMARY KEY ("run_id", "row")
);

CREATE INDEX "matching_rows_run_id_uscc_idx" ON "matching_rows"("run_id", "uscc");
CREATE INDEX "matching_rows_uscc_idx" ON "matching_rows"("uscc");

ALTER TABLE "matching_rows" ADD CONSTRAINT "matching_rows_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An invitation sent to a subject the run found qualifying: once per subject per run.
CREATE TABLE "matching_invitations" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "clauses" TEXT[] NOT NULL,
    "channel" VARCHAR(20) NOT NULL,
    "recipient" VARCHAR(200) NOT NULL,
    "sent_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "matching_invitations_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "matching_invitations_run_id_uscc_key" ON "matching_invitations"("run_id", "uscc");

ALTER TABLE "matching_invitations" ADD CONSTRAINT "matching_invitations_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "matching_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 「不再提醒」: a WeChat contact (or chat user) who asked not to be invited again.
CREATE TABLE "invitation_opt_outs" (
    "recipient" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_opt_outs_pkey" PRIMARY KEY ("recipient")
);
