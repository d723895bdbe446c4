-- A mini-program user's last answer to the subscribe request (WeChat's accept, reject, ban or filter,
-- or unavailable when WeChat could not ask) and when: 我的申报 says truthfully whether a decision
-- will reach them as a message or waits in the list.
ALTER TABLE "chat_users" ADD COLUMN "subscribe_answer" VARCHAR(20),
ADD COLUMN "subscribe_answered_at" TIMESTAMPTZ(3);
