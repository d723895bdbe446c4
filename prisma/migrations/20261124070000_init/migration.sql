-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'approved', 'rejected', 'needs_more_info');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('approved', 'rejected', 'needs_more_info', 'reopened');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('webhook', 'wechat_staff', 'wechat_applicant');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'delivered', 'dead');

-- CreateTable
CREATE TABLE "applicants" (
    "id" UUID NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "contact_name" VARCHAR(100) NOT NULL,
    "contact_phone" VARCHAR(30) NOT NULL,
    "wechat_id" VARCHAR(200),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applicants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "year" INTEGER NOT NULL,
    "applicant_id" UUID NOT NULL,
    "applicant_snapshot" JSONB NOT NULL,
    "wechat_id" VARCHAR(200),
    "district" VARCHAR(20) NOT NULL,
    "subject_type" VARCHAR(20) NOT NULL,
    "facts" JSONB NOT NULL,
    "assessment" JSONB NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted',
    "requested_amount_yuan" INTEGER,
    "approved_amount_yuan" INTEGER,
    "submitted_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_clauses" (
    "application_id" UUID NOT NULL,
    "clause" VARCHAR(40) NOT NULL,
    "article" INTEGER NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "max_amount_yuan" INTEGER,
    "estimated_amount_yuan" INTEGER,

    CONSTRAINT "application_clauses_pkey" PRIMARY KEY ("application_id","clause")
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "decision" "DecisionKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "approved_amount_yuan" INTEGER,
    "decided_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_sequences" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "application_sequences_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "scope" VARCHAR(100) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "response_status" INTEGER NOT NULL,
    "response_body" TEXT NOT NULL,
    "application_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope","key")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "event" VARCHAR(50) NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "recipient" VARCHAR(200),
    "application_id" UUID,
    "payload" JSONB NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" UUID NOT NULL,
    "actor" VARCHAR(100) NOT NULL,
    "action" VARCHAR(50) NOT NULL,
    "application_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "applicants_uscc_key" ON "applicants"("uscc");

-- CreateIndex
CREATE INDEX "applicants_wechat_id_idx" ON "applicants"("wechat_id");

-- CreateIndex
CREATE UNIQUE INDEX "applications_number_key" ON "applications"("number");

-- CreateIndex
CREATE INDEX "applications_status_created_at_idx" ON "applications"("status", "created_at");

-- CreateIndex
CREATE INDEX "applications_district_created_at_idx" ON "applications"("district", "created_at");

-- CreateIndex
CREATE INDEX "applications_wechat_id_idx" ON "applications"("wechat_id");

-- CreateIndex
CREATE INDEX "applications_year_idx" ON "applications"("year");

-- CreateIndex
CREATE INDEX "application_clauses_clause_idx" ON "application_clauses"("clause");

-- CreateIndex
CREATE INDEX "decisions_application_id_created_at_idx" ON "decisions"("application_id", "created_at");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_seq_key" ON "notifications"("seq");

-- CreateIndex
CREATE INDEX "notifications_channel_status_next_attempt_at_idx" ON "notifications"("channel", "status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notifications_channel_seq_idx" ON "notifications"("channel", "seq");

-- CreateIndex
CREATE INDEX "notifications_application_id_idx" ON "notifications"("application_id");

-- CreateIndex
CREATE INDEX "audit_entries_application_id_created_at_idx" ON "audit_entries"("application_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_entries_created_at_idx" ON "audit_entries"("created_at");

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "applicants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_clauses" ADD CONSTRAINT "application_clauses_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
