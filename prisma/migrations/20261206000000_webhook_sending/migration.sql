-- AlterTable: when a post to the 企业微信 webhook was started and its answer not yet recorded. A row
-- found so after its sender's lease lapsed (the process died mid-post) may have been shown already;
-- a group robot does not drop repeats, so it is not posted again (at most one post per event id).
ALTER TABLE "notifications" ADD COLUMN "sending_at" TIMESTAMPTZ(3);
