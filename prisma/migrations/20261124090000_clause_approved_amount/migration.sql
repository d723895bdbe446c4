-- AlterTable: the approved amount shared out over an application's clauses, for the budget report.
ALTER TABLE "application_clauses" ADD COLUMN "approved_amount_yuan" INTEGER;
