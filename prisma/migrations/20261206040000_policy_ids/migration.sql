-- AlterTable: the policy an application and a 政策找人 run belong to (contract §15); rows from before
-- several policies were served are the city's.
ALTER TABLE "applications" ADD COLUMN "policy_id" VARCHAR(100) NOT NULL DEFAULT 'zibo-ecommerce-2022';

-- AlterTable
ALTER TABLE "matching_runs" ADD COLUMN "policy_id" VARCHAR(100) NOT NULL DEFAULT 'zibo-ecommerce-2022';
