// Materials (contract §12): an applicant — through the bot, naming their wechatId, or signed in to the
// mini-program or /chat — or staff attach files to an application; staff and the applicant list and
// download them. The file is the body itself, or the one file of a multipart/form-data form (what
// wx.uploadFile and a browser's FormData send).

import { MATERIAL_MAX_BYTES, MATERIAL_TYPES } from "./service.ts";
import type { Services } from "../services.ts";
import { applicationParams } from "../applications/schema.ts";
import { defineRoute, errorResponse } from "../http/route.ts";
import { districtScope, ownerScope, principalOf } from "../http/scope.ts";
import {
  downloadQuery,
  materialInfoSchema,
  materialListSchema,
  materialParams,
  scopeQuery,
} from "./schema.ts";

export function materialRoutes({ materials }: Pick<Services, "materials">) {
  const scope = (ctx: Parameters<typeof ownerScope>[0]) => {
    const owner = ownerScope(ctx);
    return {
      actor: owner && "wechatId" in owner ? `applicant:${owner.wechatId}` : principalOf(ctx).id,
      ...owner,
      ...districtScope(ctx),
    };
  };
  return [
    defineRoute({
      method: "post",
      path: "/api/applications/:id/materials",
      summary:
        "上传申报材料（JPEG、PNG 或 PDF，按文件内容核对类型，上限 20 MB）：请求体即文件（文件名放在 X-Filename，百分号编码），或 multipart/form-data 中的一个文件（文件名可放在 filename 字段）",
      tag: "材料",
      access: ["bot", "staff", "applicant"],
      request: {
        params: { schema: applicationParams, what: "申报" },
        query: { schema: scopeQuery, what: "查询条件" },
        file: {
          contentTypes: MATERIAL_TYPES,
          maxBytes: MATERIAL_MAX_BYTES,
          what: "材料文件",
          multipart: true,
        },
      },
      responses: {
        201: { description: "已保存", body: materialInfoSchema },
        400: errorResponse("请求不合法"),
        403: errorResponse("令牌无权（机器人未指明 wechatId）"),
        404: errorResponse("未找到该申报（或不是该用户的申报）"),
        413: errorResponse("文件超过 20 MB"),
        415: errorResponse("类型不是 JPEG、PNG、PDF，或内容与类型不符"),
      },
      async handle(ctx, { params, file }) {
        ctx.status = 201;
        // A form's name is plain text; the header's is percent-encoded (materialName decodes it).
        const filename =
          file.filename !== undefined ? encodeURIComponent(file.filename) : ctx.get("X-Filename");
        ctx.body = await materials.add(params.id, { ...file, filename: filename || undefined }, scope(ctx));
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/applications/:id/materials",
      summary: "申报的材料列表",
      tag: "材料",
      access: ["bot", "staff", "applicant"],
      request: {
        params: { schema: applicationParams, what: "申报" },
        query: { schema: scopeQuery, what: "查询条件" },
      },
      responses: {
        200: { description: "材料列表", body: materialListSchema },
        404: errorResponse("未找到该申报"),
      },
      async handle(ctx, { params }) {
        ctx.body = await materials.list(params.id, scope(ctx));
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/materials/:id",
      summary: "打开材料（原样的字节，在浏览器中显示）；?download=1 作为附件下载",
      tag: "材料",
      access: ["bot", "staff", "applicant"],
      request: {
        params: { schema: materialParams, what: "材料" },
        query: { schema: downloadQuery, what: "查询条件" },
      },
      responses: {
        200: { description: "文件", contentType: "application/octet-stream" },
        404: errorResponse("未找到该材料"),
      },
      async handle(ctx, { params, query }) {
        const m = await materials.get(params.id, scope(ctx));
        // content-disposition (Koa's own): an ASCII fallback and the UTF-8 name per RFC 5987/6266.
        ctx.attachment(m.name, { type: query.download ? "attachment" : "inline" });
        ctx.type = m.contentType;
        ctx.set("X-Content-Type-Options", "nosniff");
        ctx.set("Cache-Control", "private, no-store");
        ctx.set("ETag", `"${m.sha256}"`);
        ctx.body = m.bytes;
      },
    }),
  ];
}
