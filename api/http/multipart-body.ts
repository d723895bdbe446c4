// A file sent as multipart/form-data — what wx.uploadFile sends, and a browser's FormData — read with
// @fastify/busboy: one file part, at most `maxBytes` of it, and a few short text fields beside it (the
// mini-program puts the file's own name in a `filename` field). The part's declared type is taken
// when it names one of the accepted types; otherwise (wx.uploadFile may send application/octet-stream)
// the caller decides by the file's own bytes.

import { Busboy } from "@fastify/busboy";
import type { Context } from "koa";
import { ApiError } from "./errors.ts";
import type { FilePart } from "./file-part.ts";

/** What a multipart upload holds: the bytes, the declared type when it is an accepted one, a name. */
export interface MultipartFile {
  bytes: Buffer;
  /** null: not declared, or declared as something generic — to be taken from the bytes. */
  contentType: string | null;
  filename: string | undefined;
}

/** Room for the boundaries and the small fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const GENERIC = new Set(["", "application/octet-stream", "binary/octet-stream"]);
/** Old or loose names some senders give a part. */
const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "image/x-png": "image/png",
};

export function readMultipartFile(
  ctx: Context,
  part: FilePart,
  tooLarge: () => ApiError,
): Promise<MultipartFile> {
  const declared = Number(ctx.get("Content-Length") || NaN);
  if (declared > part.maxBytes + ENVELOPE_BYTES) return Promise.reject(tooLarge());
  return new Promise<MultipartFile>((resolve, reject) => {
    let bb: ReturnType<typeof Busboy>;
    try {
      bb = Busboy({
        headers: ctx.req.headers as { "content-type": string },
        limits: { files: 1, fields: 5, fieldSize: 1024, parts: 6, fileSize: part.maxBytes },
      });
    } catch {
      reject(
        new ApiError(
          400,
          "invalid_multipart",
          `${part.what}的 multipart/form-data 请求头不完整（缺少 boundary）`,
        ),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let files = 0;
    let declaredType = "";
    let partName: string | undefined;
    const fields: Record<string, string> = {};
    let failure: ApiError | null = null;
    let settled = false;

    const fail = (e: ApiError) => {
      if (settled) return;
      settled = true;
      failure = e;
      ctx.req.unpipe(bb);
      // A body of a known, bounded length is read to its end so the answer reaches the client;
      // one of unknown length is cut off.
      if (Number.isFinite(declared)) ctx.req.resume();
      else ctx.req.destroy();
      reject(e);
    };

    bb.on("file", (_field, stream, filename, _encoding, mimeType) => {
      files++;
      const type = (mimeType ?? "").split(";")[0]!.trim().toLowerCase();
      declaredType = ALIASES[type] ?? type;
      partName = filename || undefined;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(tooLarge()));
    });
    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("filesLimit", () =>
      fail(new ApiError(400, "too_many_files", `一次只能上传一个${part.what}，请分开上传`)),
    );
    bb.on("partsLimit", () => fail(new ApiError(400, "too_many_parts", `${part.what}的表单内容过多`)));
    bb.on("error", () =>
      fail(new ApiError(400, "invalid_multipart", `${part.what}的 multipart/form-data 格式不正确`)),
    );
    bb.on("finish", () => {
      if (settled || failure) return;
      settled = true;
      if (files === 0 || size === 0) {
        reject(new ApiError(400, "empty_body", `${part.what}为空：请在表单中附上文件`));
        return;
      }
      if (!GENERIC.has(declaredType) && !part.contentTypes.includes(declaredType)) {
        reject(
          new ApiError(
            415,
            "unsupported_media_type",
            `${part.what}的类型须为 ${part.contentTypes.join("、")} 之一（收到：${declaredType}）`,
          ),
        );
        return;
      }
      resolve({
        bytes: Buffer.concat(chunks, size),
        contentType: GENERIC.has(declaredType) ? null : declaredType,
        filename: fields["filename"] || fields["name"] || partName,
      });
    });
    ctx.req.pipe(bb);
  });
}
