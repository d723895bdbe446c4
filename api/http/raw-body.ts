// A request body taken as bytes (a file), within a size limit: the declared length is checked
// before anything is read, and reading stops as soon as the limit is passed. A route that allows it
// also takes the file as multipart/form-data (multipart-body.ts: wx.uploadFile, a browser's FormData).

import type { Context } from "koa";
import { ApiError } from "./errors.ts";
import type { FileBody, FilePart } from "./file-part.ts";
import { readMultipartFile } from "./multipart-body.ts";

export type { FileBody, FilePart } from "./file-part.ts";

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export async function readFileBody(ctx: Context, part: FilePart): Promise<FileBody> {
  const contentType = (ctx.get("Content-Type").split(";")[0] ?? "").trim().toLowerCase();
  const tooLarge = () =>
    new ApiError(413, "payload_too_large", `${part.what}过大：上限 ${mb(part.maxBytes)}`);
  if (part.multipart && contentType === "multipart/form-data") return readMultipartFile(ctx, part, tooLarge);
  if (!part.contentTypes.includes(contentType))
    throw new ApiError(
      415,
      "unsupported_media_type",
      `${part.what}的类型须为 ${[...part.contentTypes, ...(part.multipart ? ["multipart/form-data"] : [])].join("、")} 之一（收到：${contentType || "未注明"}）`,
    );
  const declared = Number(ctx.get("Content-Length") || NaN);
  if (declared > part.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > part.maxBytes) {
      ctx.req.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  if (size === 0) throw new ApiError(400, "empty_body", `${part.what}为空`);
  return { bytes: Buffer.concat(chunks, size), contentType };
}
