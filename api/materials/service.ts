// Materials (申报材料): files attached to an application by its applicant or by staff. The type is
// taken from the file's own bytes (file-type), never from its name or the declared type alone; the
// bytes are kept in the database, so every API process sees them and restarts lose nothing.

import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Prisma } from "../db/database.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { applicationKey, uuidOf } from "../applications/application-ref.ts";
import { materialNotifications, type NotifyTargets } from "../notifications/notices.ts";

export const MATERIAL_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/pdf": "pdf",
};
const TYPE_NAMES: Record<string, string> = {
  "image/jpeg": "JPEG 图片",
  "image/png": "PNG 图片",
  "application/pdf": "PDF 文件",
};

/**
 * Who asks: staff (all), or an applicant — known by their WeChat id (through the bot) or as a
 * mini-program or /chat user — who reaches only their own applications.
 */
export interface MaterialScope {
  actor: string;
  wechatId?: string | undefined;
  chatUserId?: string | undefined;
  /** A district account: only its district's applications. */
  district?: string | undefined;
}

/** Whether an application belongs to the scope: the applicant's own, or one of the district account's. */
function owns(
  scope: MaterialScope,
  app: { wechatId: string | null; chatUserId: string | null; district: string },
): boolean {
  if (scope.district !== undefined && app.district !== scope.district) return false;
  if (scope.chatUserId !== undefined) return app.chatUserId === scope.chatUserId;
  if (scope.wechatId !== undefined) return app.wechatId === scope.wechatId;
  return true;
}

export interface MaterialInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * A file name as it may be shown and offered for download: percent-decoded UTF-8, no folders, no
 * control characters, at most 100 characters; the type's own extension when it has none.
 */
export function materialName(header: string | undefined, contentType: string): string {
  let name = "";
  if (header) {
    const bad = () => new ApiError(400, "invalid_filename", "X-Filename 须为百分号编码的 UTF-8 文件名");
    // Raw bytes outside ASCII are not percent-encoding (they arrive as latin-1 letters).
    if (/[^\x20-\x7e]/.test(header)) throw bad();
    try {
      name = decodeURIComponent(header);
    } catch {
      throw bad();
    }
    if (/\u0000/.test(name)) throw new ApiError(400, "invalid_filename", "文件名中不能有空字符");
  }
  // Controls, line separators and bidi controls (「\u202efdp.exe」 would show as 「exe.pdf」) go.
  name = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  name = [...name].slice(0, 100).join("");
  if (/^[\s.]*$/.test(name)) name = ""; // nothing left but dots: no name at all
  const ext = EXTENSIONS[contentType]!;
  if (name === "") return `材料.${ext}`;
  // The name ends as the bytes are: 「fdp.exe」 holding a PDF is offered as 「fdp.exe.pdf」.
  const own = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase();
  return own && (own === ext || (ext === "jpg" && own === "jpeg")) ? name : `${name}.${ext}`;
}

export function createMaterialService(deps: {
  prisma: Prisma;
  clock: () => Date;
  notify?: NotifyTargets;
  /** Called after staff have been told of a file (wakes the feed's long polls). */
  onNotified?: () => void;
}) {
  const { prisma } = deps;

  async function application(idOrNumber: string, scope: MaterialScope) {
    const key = applicationKey(idOrNumber);
    const app = key
      ? await prisma.application.findUnique({
          where: key,
          select: {
            id: true,
            number: true,
            wechatId: true,
            chatUserId: true,
            district: true,
            status: true,
            applicantSnapshot: true,
          },
        })
      : null;
    if (!app || !owns(scope, app)) throw notFound("申报");
    return app;
  }

  /**
   * Keeps a file. `contentType` null (a multipart part sent as application/octet-stream, as
   * wx.uploadFile may) means the type is the one the bytes show, when it is an accepted one.
   */
  async function add(
    idOrNumber: string,
    upload: { bytes: Buffer; contentType: string | null; filename?: string | undefined },
    scope: MaterialScope,
  ): Promise<MaterialInfo> {
    const app = await application(idOrNumber, scope);
    // An applicant adds materials while the application is being handled; once decided, staff may
    // still attach a file (a signed agreement, say), the applicant may not.
    const applicant = scope.wechatId !== undefined || scope.chatUserId !== undefined;
    if (applicant && app.status !== "submitted" && app.status !== "needs_more_info")
      throw new ApiError(
        409,
        "application_closed",
        `申报 ${app.number} 已办结（${app.status === "approved" ? "已通过" : "已驳回"}），不能再补充材料；如有疑问请联系市商务局`,
      );
    const sniffed = (await fileTypeFromBuffer(upload.bytes))?.mime;
    if (upload.contentType === null && !(MATERIAL_TYPES as readonly string[]).includes(sniffed ?? ""))
      throw new ApiError(
        415,
        "unsupported_media_type",
        `只收 JPEG、PNG 图片和 PDF 文件${sniffed ? `（这个文件看起来是 ${sniffed}）` : "（无法识别这个文件的类型）"}`,
      );
    const file = { ...upload, contentType: upload.contentType ?? sniffed! };
    if (sniffed !== file.contentType)
      throw new ApiError(
        415,
        "content_mismatch",
        `文件内容不是所注明的${TYPE_NAMES[file.contentType] ?? file.contentType}${
          sniffed ? `（看起来是 ${sniffed}）` : ""
        }，只收 JPEG、PNG 图片和 PDF 文件`,
      );
    const name = materialName(file.filename, file.contentType);
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const at = deps.clock();
    const count = (await prisma.material.count({ where: { applicationId: app.id } })) + 1;
    const applicantName = (app.applicantSnapshot as { name?: string }).name ?? "";
    const [row] = await prisma.$transaction([
      prisma.material.create({
        data: {
          applicationId: app.id,
          name,
          contentType: file.contentType,
          size: file.bytes.length,
          sha256,
          bytes: new Uint8Array(file.bytes),
          uploadedAt: at,
          uploadedBy: scope.actor,
        },
        select: { id: true, name: true, contentType: true, size: true, sha256: true },
      }),
      prisma.notification.createMany({
        data: materialNotifications(
          { id: app.id, number: app.number, applicantName },
          { name, count, by: scope.actor, at },
          deps.notify ?? { webhook: false },
        ),
      }),
      prisma.auditEntry.create({
        data: {
          actor: scope.actor,
          action: "material.uploaded",
          applicationId: app.id,
          details: { name, contentType: file.contentType, size: file.bytes.length, sha256 },
        },
      }),
    ]);
    deps.onNotified?.();
    return row;
  }

  async function list(idOrNumber: string, scope: MaterialScope) {
    const app = await application(idOrNumber, scope);
    const rows = await prisma.material.findMany({
      where: { applicationId: app.id },
      orderBy: { uploadedAt: "asc" },
      select: {
        id: true,
        name: true,
        contentType: true,
        size: true,
        sha256: true,
        uploadedAt: true,
        uploadedBy: true,
      },
    });
    return { items: rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() })) };
  }

  async function get(id: string, scope: MaterialScope) {
    const uuid = uuidOf(id);
    const row =
      uuid !== null
        ? await prisma.material.findUnique({
            where: { id: uuid },
            include: { application: { select: { wechatId: true, chatUserId: true, district: true } } },
          })
        : null;
    if (!row || !owns(scope, row.application)) throw notFound("材料");
    return {
      name: row.name,
      contentType: row.contentType,
      bytes: Buffer.from(row.bytes),
      sha256: row.sha256,
    };
  }

  /** How many files an application has (for staff texts). */
  const count = (applicationId: string) => prisma.material.count({ where: { applicationId } });

  return { add, list, get, count };
}

export type MaterialService = ReturnType<typeof createMaterialService>;
