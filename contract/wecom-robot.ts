// The 企业微信 group robot's webhook as a contract: what its answer means (it answers most refusals
// with HTTP 200 and a JSON body `{"errcode": N, "errmsg": "..."}`: only errcode 0 is a delivery), and
// the largest message it takes. Used by the API's deliverer and by the bot's alerts.

export type SendOutcome = "delivered" | "retry" | "dead";

export interface ReplyVerdict {
  outcome: SendOutcome;
  error?: string;
  /** The robot refused for rate (errcode 45009): pause, do not just retry the next row. */
  throttled?: boolean;
}

/** By HTTP status alone. */
export function classify(status: number): SendOutcome {
  if (status >= 200 && status < 300) return "delivered";
  if (status === 429 || status >= 500 || status === 408) return "retry";
  return "dead";
}

// Refusals that no retry can mend: a wrong or removed robot key, a message it will never take.
const PERMANENT = new Map<number, string>([
  [93000, "机器人 webhook 地址无效"],
  [93004, "机器人已被停用"],
  [93008, "机器人不在群内"],
  [40008, "消息类型无效"],
  [40058, "消息内容不合规（如超长）"],
  [44004, "消息内容为空"],
]);
const RATE_LIMITED = 45009;

/** By HTTP status and, for a 2xx, the errcode in the body. */
export function classifyReply(status: number, body: string): ReplyVerdict {
  const byStatus = classify(status);
  if (byStatus !== "delivered") return { outcome: byStatus, error: `HTTP ${status}` };
  let code: unknown;
  let message = "";
  try {
    const parsed = JSON.parse(body) as { errcode?: unknown; errmsg?: unknown };
    code = parsed?.errcode;
    message = typeof parsed?.errmsg === "string" ? parsed.errmsg.slice(0, 200) : "";
  } catch {
    return { outcome: "delivered" }; // not 企业微信's JSON: a plain receiver that said 2xx
  }
  if (code === undefined || code === null || code === 0) return { outcome: "delivered" };
  const n = typeof code === "number" ? code : Number(code);
  const error = `errcode ${String(code)}${message ? `: ${message}` : ""}`;
  if (n === RATE_LIMITED) return { outcome: "retry", error, throttled: true };
  const permanent = PERMANENT.get(n);
  if (permanent) return { outcome: "dead", error: `${error}（${permanent}）` };
  return { outcome: "retry", error };
}

/** 企业微信 refuses markdown content over 4096 bytes; cut on a character boundary. */
export const MAX_CONTENT_BYTES = 4096;
export function fitContent(text: string): string {
  if (Buffer.byteLength(text) <= MAX_CONTENT_BYTES) return text;
  let out = "";
  let bytes = 0;
  const tail = "\n……（内容过长，已截断）";
  const room = MAX_CONTENT_BYTES - Buffer.byteLength(tail);
  for (const ch of text) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > room) break;
    out += ch;
    bytes += b;
  }
  return out + tail;
}
