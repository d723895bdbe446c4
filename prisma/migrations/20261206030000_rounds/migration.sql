-- CreateTable: application rounds (申报批次, contract §13): which year's figures, when, which clauses, the
-- year's budget and each clause's standard; the policy it belongs to (contract §15).
CREATE TABLE "rounds" (
    "id" UUID NOT NULL,
    "policy_id" VARCHAR(100) NOT NULL DEFAULT 'zibo-ecommerce-2022',
    "title" VARCHAR(200) NOT NULL,
    "figures_year" INTEGER NOT NULL,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "clauses" TEXT[] NOT NULL,
    "budget_yuan" BIGINT NOT NULL,
    "standards" JSONB NOT NULL DEFAULT '{}',
    "district_review" BOOLEAN NOT NULL DEFAULT false,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rounds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rounds_opens_on_closes_on_idx" ON "rounds"("opens_on", "closes_on");

-- AlterTable: the round an application was filed into (null: filed before any round existed).
ALTER TABLE "applications" ADD COLUMN "round_id" UUID;

-- CreateIndex
CREATE INDEX "applications_round_id_status_idx" ON "applications"("round_id", "status");

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
