-- Staff accounts (contract §9): each person of the bureau signs in as themselves, with a role, so
-- every decision and every export says who made it. Passwords are kept only as scrypt hashes.
CREATE TYPE "StaffRole" AS ENUM ('reviewer', 'approver', 'admin');

CREATE TABLE "staff_accounts" (
    "id" UUID NOT NULL,
    "username" VARCHAR(50) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "role" "StaffRole" NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_accounts_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "staff_accounts_username_key" ON "staff_accounts"("username");

-- A signed-in browser: the row is named by the SHA-256 of the cookie's value (the value itself is
-- never stored), carries the token a state-changing request must echo, and ends when idle too long.
CREATE TABLE "staff_sessions" (
    "id" VARCHAR(64) NOT NULL,
    "account_id" UUID NOT NULL,
    "csrf_token" VARCHAR(64) NOT NULL,
    "address" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "staff_sessions_account_id_idx" ON "staff_sessions"("account_id");

ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "staff_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Where an audited act came from (sign-ins, exports, decisions, account changes).
ALTER TABLE "audit_entries" ADD COLUMN "address" VARCHAR(100);
