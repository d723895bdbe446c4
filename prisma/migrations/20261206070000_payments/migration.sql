-- CreateTable: a round's payment list (拨付, contract §14), made once after its 公示.
CREATE TABLE "payment_lists" (
    "round_id" UUID NOT NULL,
    "budget_yuan" BIGINT NOT NULL,
    "approved_total_yuan" BIGINT NOT NULL,
    "total_yuan" BIGINT NOT NULL,
    "scaled" BOOLEAN NOT NULL,
    "ratio" VARCHAR(20) NOT NULL,
    "remainder_yuan" BIGINT NOT NULL,
    "created_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_lists_pkey" PRIMARY KEY ("round_id")
);

-- CreateTable: each application's payment; the transfer (date, voucher) recorded once.
CREATE TABLE "payments" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "approved_yuan" INTEGER NOT NULL,
    "payable_yuan" INTEGER NOT NULL,
    "paid_on" DATE,
    "voucher" VARCHAR(100),
    "paid_by" VARCHAR(100),
    "paid_at" TIMESTAMPTZ(3),

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payments_round_id_application_id_key" ON "payments"("round_id", "application_id");

-- CreateIndex
CREATE INDEX "payments_round_id_seq_idx" ON "payments"("round_id", "seq");

-- CreateIndex
CREATE INDEX "payments_application_id_idx" ON "payments"("application_id");

-- AddForeignKey
ALTER TABLE "payment_lists" ADD CONSTRAINT "payment_lists_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
