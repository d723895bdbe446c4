// Text as it arrives, checked once at the edge for every route: a NUL or half a surrogate pair is not
// text (PostgreSQL refuses both, so letting one through turns bad input into a 500) and is answered
// 400 naming where it was; bidirectional controls (U+202E turns 「‮fdp.exe」 into what reads as
// 「exe.pdf」) carry no meaning in anything people file here and are taken out, so no name, file name
// or message shown to staff, in the console, a CSV or the group robot, can be reversed by one.

import { BIDI_CONTROLS } from "../../contract/inert-text.ts";
import { ApiError } from "./errors.ts";

// U+FFFD is what a decoder makes of bytes that are not UTF-8 (latin-1 sent as JSON, %ED%A0%80 in a URL):
// refused too, rather than stored as 「J�r�me」.
const NOT_TEXT = /\u0000|\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Deeper than any request of ours; far deeper input is an attack on the stack (a 500 before). */
export const MAX_DEPTH = 32;

function tooDeep(where: string): never {
  throw new ApiError(400, "too_deep", `${where}嵌套层数过多（最多 ${MAX_DEPTH} 层）`);
}

function refuse(path: string, where: string): never {
  throw new ApiError(
    400,
    "invalid_characters",
    `${where}含有无法识别的字符（如空字符或残缺的字符）：${path}`,
    [{ path, message: "含有无法识别的字符" }],
  );
}

/**
 * The value with bidirectional controls taken out of every string in it (keys included), or 400 when
 * any string holds a NUL, a lone surrogate or a replaced byte, or the value nests deeper than
 * MAX_DEPTH. `where` names the part of the request in the message.
 */
export function edgeText<T>(value: T, where: string, path = "", depth = 0): T {
  if (depth > MAX_DEPTH) tooDeep(where);
  if (typeof value === "string") {
    if (NOT_TEXT.test(value)) refuse(path || where, where);
    return value.replace(BIDI_CONTROLS, "") as T;
  }
  if (Array.isArray(value))
    return value.map((v, i) => edgeText(v, where, path ? `${path}.${i}` : String(i), depth + 1)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = edgeText(k, where, path ? `${path}.${k}` : k);
      out[key] = edgeText(v, where, path ? `${path}.${key}` : key, depth + 1);
    }
    return out as T;
  }
  return value;
}
