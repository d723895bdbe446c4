// GET /openapi.json: an OpenAPI 3.1 document whose request schemas are generated from the same zod
// schemas the routes validate with, so the document cannot drift from the code.

import { z } from "zod";
import { factsSchema, POLICY } from "../rules/index.ts";
import { applicationRequestSchema, decisionRequestSchema, listQuerySchema } from "./routes/schemas.ts";

const schema = (s: z.ZodType) =>
  z.toJSONSchema(s, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

const errorBody = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "issues"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        issues: {
          type: "array",
          items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
};

const err = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const json = (description: string, ref?: string) => ({
  description,
  content: {
    "application/json": { schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: "object" } },
  },
});
const body = (ref: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

export function openApiDocument() {
  const listParams = Object.entries(
    (schema(listQuerySchema) as { properties: Record<string, unknown> }).properties,
  ).map(([name, s]) => ({ name, in: "query", required: false, schema: s }));
  const idParam = {
    name: "id",
    in: "path",
    required: true,
    schema: { type: "string" },
    description: "申报 id 或编号（ZB-2025-000001）",
  };
  const secured = [{ bearer: [] }];
  return {
    openapi: "3.1.0",
    info: {
      title: "政策通·电商 API",
      version: "1.0.0",
      description: `${POLICY.title}（${POLICY.validFrom} 至 ${POLICY.validTo}）`,
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Facts: schema(factsSchema),
        ApplicationRequest: schema(applicationRequestSchema),
        DecisionRequest: schema(decisionRequestSchema),
        Error: errorBody,
      },
    },
    paths: {
      "/api/assessments": {
        post: {
          summary: "测评：事实 → 每个条款的结果",
          requestBody: body("Facts"),
          responses: { 200: json("测评结果"), 400: err("事实不合法") },
        },
      },
      "/api/policy": {
        get: { summary: "政策数据：条款、事实字段、提问、日期", responses: { 200: json("政策") } },
      },
      "/api/applications": {
        post: {
          summary: "提交申报（幂等）",
          security: secured,
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: true,
              schema: { type: "string", minLength: 1, maxLength: 255 },
            },
          ],
          requestBody: body("ApplicationRequest"),
          responses: {
            201: json("已受理；同一 Idempotency-Key 重放时附 Idempotent-Replayed: true"),
            400: err("请求不合法"),
            401: err("缺少或无效的令牌"),
            403: err("令牌无权"),
            422: err("条款不符合条件，或 Idempotency-Key 已用于不同请求"),
          },
        },
        get: {
          summary: "申报列表（员工；机器人须带 wechatId）",
          security: secured,
          parameters: listParams,
          responses: { 200: json("列表"), 401: err("未授权"), 403: err("无权") },
        },
      },
      "/api/applications/{id}": {
        get: {
          summary: "申报详情",
          security: secured,
          parameters: [
            idParam,
            { name: "wechatId", in: "query", required: false, schema: { type: "string" } },
          ],
          responses: { 200: json("详情"), 401: err("未授权"), 404: err("未找到") },
        },
      },
      "/api/applications/{id}/decision": {
        post: {
          summary: "审核决定（员工）",
          security: secured,
          parameters: [idParam],
          requestBody: body("DecisionRequest"),
          responses: {
            200: json("更新后的详情"),
            400: err("请求不合法"),
            401: err("未授权"),
            403: err("无权"),
            404: err("未找到"),
            409: err("当前状态不允许该决定"),
            422: err("金额不合规"),
          },
        },
      },
      "/healthz": {
        get: { summary: "健康检查", responses: { 200: json("数据库可用"), 503: err("数据库不可用") } },
      },
    },
  };
}
