-- People who talk to the assistant outside WeChat's chat (contract §10): mini-program users, known by
-- their openid (and unionid when WeChat gives it), and visitors of the /chat page, known by nothing
-- but their session. A decision reaches a mini-program user as a subscribe message.
ALTER TYPE "NotificationChannel" ADD VALUE 'wechat_subscribe';

CREATE TABLE "chat_users" (
    "id" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "openid" VARCHAR(64),
    "unionid" VARCHAR(64),
    "subscribe_refused_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chat_users_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "chat_users_openid_key" ON "chat_users"("openid");

-- A signed-in client, named by the SHA-256 of its bearer token (the token itself is never stored).
CREATE TABLE "chat_sessions" (
    "id" VARCHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "chat_sessions_user_id_idx" ON "chat_sessions"("user_id");
CREATE INDEX "chat_sessions_expires_at_idx" ON "chat_sessions"("expires_at");

ALTER TABLE "chat_sessions" ADD CONSTRAINT "chat_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "chat_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A conversation with the core (bot/dialog.ts) over HTTP: its state, and a version that a save must
-- match, so two processes never both write a turn of one conversation.
CREATE TABLE "conversations" (
    "id" UUID NOT NULL,
    "owner" VARCHAR(100) NOT NULL,
    "state" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "conversations_owner_updated_at_idx" ON "conversations"("owner", "updated_at");

-- The chat user who filed an application (their own list, and where a decision is sent).
ALTER TABLE "applications" ADD COLUMN "chat_user_id" UUID;
CREATE INDEX "applications_chat_user_id_idx" ON "applications"("chat_user_id");
ALTER TABLE "applications" ADD CONSTRAINT "applications_chat_user_id_fkey" FOREIGN KEY ("chat_user_id") REFERENCES "chat_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
