// Tells staff through the 企业微信 group robot when the WeChat side itself fails (a logout, a long
// silence): the one channel that does not depend on the WeChat account being up. A few tries with
// back-off; a refusal inside HTTP 200 (errcode) counts as a failure, as in the API's deliverer.

import type { Logger } from "pino";
import { classifyReply, fitContent } from "../../contract/wecom-robot.ts";

export type Alert = (text: string) => Promise<boolean>;

export function createWebhookAlert(o: {
  url: string | undefined;
  logger: Logger;
  fetch?: typeof fetch;
  tries?: number;
  baseDelayMs?: number;
}): Alert {
  const doFetch = o.fetch ?? fetch;
  const tries = o.tries ?? 4;
  return async (text) => {
    if (!o.url) {
      o.logger.warn({ alert: text }, "未设置 NOTIFY_WEBHOOK_URL：无法通过企业微信提醒工作人员");
      return false;
    }
    for (let attempt = 1; attempt <= tries; attempt++) {
      let error = "";
      try {
        const res = await doFetch(o.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ msgtype: "markdown", markdown: { content: fitContent(text) } }),
          signal: AbortSignal.timeout(10_000),
        });
        const verdict = classifyReply(res.status, await res.text().catch(() => ""));
        if (verdict.outcome === "delivered") return true;
        error = verdict.error ?? "";
        if (verdict.outcome === "dead") break;
      } catch (e) {
        error = (e as Error).message;
      }
      o.logger.warn({ attempt, error }, "webhook alert not delivered");
      if (attempt < tries)
        await new Promise((r) => setTimeout(r, (o.baseDelayMs ?? 2_000) * 2 ** (attempt - 1)));
    }
    o.logger.error({ alert: text }, "webhook alert failed");
    return false;
  };
}
