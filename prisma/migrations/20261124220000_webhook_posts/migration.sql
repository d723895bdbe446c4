-- CreateTable: one row per post to the 企业微信 webhook, so that every API process together keeps
-- within the robot's limit of messages a minute (rows older than an hour are purged).
CREATE TABLE "webhook_posts" (
    "id" BIGSERIAL NOT NULL,
    "notification_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_posts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_posts_at_idx" ON "webhook_posts"("at");
