-- CreateTable: a round's 公示 (contract §14): the period, who published it.
CREATE TABLE "publications" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "published_by" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publications_pkey" PRIMARY KEY ("id")
);

-- CreateTable: each application on the list, as published (no contact, no file).
CREATE TABLE "publication_items" (
    "publication_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" VARCHAR(20) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "district" VARCHAR(20) NOT NULL,
    "clauses" TEXT[] NOT NULL,
    "amount_yuan" INTEGER NOT NULL,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_by" VARCHAR(100),
    "withdraw_reason" TEXT,

    CONSTRAINT "publication_items_pkey" PRIMARY KEY ("publication_id","application_id")
);

-- CreateTable: objections to a 公示, and staff's answers.
CREATE TABLE "objections" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "application_id" UUID,
    "text" TEXT NOT NULL,
    "contact" VARCHAR(200),
    "address" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" TEXT,
    "answered_by" VARCHAR(100),
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "objections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "publications_round_id_key" ON "publications"("round_id");

-- CreateIndex
CREATE INDEX "publication_items_publication_id_seq_idx" ON "publication_items"("publication_id", "seq");

-- CreateIndex
CREATE INDEX "publication_items_application_id_idx" ON "publication_items"("application_id");

-- CreateIndex
CREATE INDEX "objections_round_id_created_at_idx" ON "objections"("round_id", "created_at");

-- AddForeignKey
ALTER TABLE "publications" ADD CONSTRAINT "publications_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_publication_id_fkey" FOREIGN KEY ("publication_id") REFERENCES "publications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_items" ADD CONSTRAINT "publication_items_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objections" ADD CONSTRAINT "objections_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
