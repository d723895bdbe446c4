// Filing from the mini-program: the applicant's details are checked before sending with messages a
// person can act on, the request is one the server's own schema accepts, and each filing attempt
// carries one Idempotency-Key — the same on a retry, a new one for 「仍然提交」.

import { describe, expect, it } from "vitest";
import { applicationRequestSchema } from "../../contract/applications.ts";
import { DISTRICTS, usccCheckCharacter } from "../../rules/index.ts";
import { ApiError } from "../../miniprogram/utils/api.ts";
import { checkApplicant, Filing, newIdempotencyKey } from "../../miniprogram/utils/filing.ts";
import type { ApplicationCreated, ApplicationRequest } from "../../miniprogram/utils/types.ts";

const CODE17 = "91370303MA3C0K2L1";
const VALID_USCC = CODE17 + usccCheckCharacter(CODE17);
const typed = {
  name: " 淄博某某电子商务有限公司 ",
  uscc: VALID_USCC.toLowerCase().replace(/(.{6})/g, "$1 "),
  district: "张店区",
  contactName: "张三",
  contactPhone: "+86 138 0000 0000",
};

describe("the applicant's details", () => {
  it("are read as the server reads them: trimmed, the code in capitals, the phone in its plain form", () => {
    const { applicant, errors } = checkApplicant(typed, DISTRICTS);
    expect(errors).toEqual({});
    expect(applicant).toEqual({
      name: "淄博某某电子商务有限公司",
      uscc: VALID_USCC,
      district: "张店区",
      contactName: "张三",
      contactPhone: "13800000000",
    });
    const request = {
      applicant: applicant!,
      facts: { subjectType: "enterprise" },
      clauses: ["leading-enterprise"],
    };
    expect(applicationRequestSchema.safeParse(request).success).toBe(true);
    expect(applicationRequestSchema.safeParse({ ...request, confirmDuplicate: true }).success).toBe(true);
  });

  it("say what to correct for each field, in Chinese", () => {
    const { applicant, errors } = checkApplicant(
      {
        name: "  ",
        uscc: VALID_USCC.slice(0, 17) + (VALID_USCC[17] === "0" ? "1" : "0"),
        district: "",
        contactName: "张",
        contactPhone: "1380000",
      },
      DISTRICTS,
    );
    expect(applicant).toBeNull();
    expect(errors).toEqual({
      name: "请填写申报主体名称（企业、村委会或镇政府的全称）",
      uscc: "统一社会信用代码校验位不符，请核对营业执照上的代码是否有输错",
      district: "请选择所属区县",
      contactName: "请填写联系人姓名（至少 2 个字）",
      contactPhone: "联系电话格式不对：手机号为 11 位（如 13800000000），座机请带区号（如 0533-1234567）",
    });
    expect(checkApplicant({ ...typed, contactPhone: "" }, DISTRICTS).errors.contactPhone).toBe(
      "请填写联系电话，方便市商务局与您联系",
    );
    expect(checkApplicant({ ...typed, district: "济南市" }, DISTRICTS).errors.district).toBe(
      "请选择所属区县",
    );
    expect(
      checkApplicant({ ...typed, contactPhone: "0533-1234567" }, DISTRICTS).applicant?.contactPhone,
    ).toBe("0533-1234567");
  });
});

const created: ApplicationCreated = {
  id: "a1",
  number: "ZB-2026-000001",
  status: "submitted",
  clauses: ["leading-enterprise"],
  assessment: { policyId: "zibo-ecommerce-2022", inForce: true, assessedOn: "2026-03-01", results: [] },
};

function request(): ApplicationRequest {
  return {
    applicant: checkApplicant(typed, DISTRICTS).applicant!,
    facts: { subjectType: "enterprise", physicalGoodsRetailYuan: 80_000_000 },
    clauses: ["leading-enterprise"],
  };
}

function fakeFiling(answers: (ApplicationCreated | ApiError)[]) {
  const keys: string[] = [];
  const bodies: ApplicationRequest[] = [];
  let n = 0;
  const filing = new Filing(
    {
      async fileApplication(body, key) {
        keys.push(key);
        bodies.push(body);
        const a = answers.shift();
        if (!a || a instanceof ApiError)
          throw a ?? new ApiError(0, "network", "网络连接失败，请检查网络后重试。");
        return a;
      },
    },
    () => `key-${++n}`,
  );
  return { filing, keys, bodies };
}

describe("filing an application", () => {
  it("sends the same Idempotency-Key again when the same request is retried after a failure", async () => {
    const { filing, keys } = fakeFiling([
      new ApiError(0, "network", "网络连接失败，请检查网络后重试。"),
      new ApiError(503, "unavailable", "服务暂时不可用，请稍后再试。"),
      created,
    ]);
    expect(await filing.submit(request())).toEqual({
      kind: "failed",
      message: "网络连接失败，请检查网络后重试。",
    });
    expect(await filing.submit(request())).toEqual({
      kind: "failed",
      message: "服务暂时不可用，请稍后再试。",
    });
    expect(await filing.submit(request())).toEqual({ kind: "filed", application: created });
    expect(keys).toEqual(["key-1", "key-1", "key-1"]);
  });

  it("uses a new key when the request changes, and after a filing went through", async () => {
    const { filing, keys } = fakeFiling([new ApiError(0, "network", "网络"), created, created]);
    await filing.submit(request());
    await filing.submit({ ...request(), clauses: ["leading-enterprise", "loan"] });
    await filing.submit({ ...request(), clauses: ["leading-enterprise", "loan"] });
    expect(keys).toEqual(["key-1", "key-2", "key-3"]);
  });

  it("on a repeat filing this year, says so; 「仍然提交」 resends with confirmDuplicate and its own key", async () => {
    const { filing, keys, bodies } = fakeFiling([
      new ApiError(
        409,
        "duplicate_application",
        "贵单位今年已申报过该项目（编号 ZB-2026-000001），如需再次提交请确认。",
      ),
      created,
    ]);
    expect(await filing.submit(request())).toEqual({
      kind: "duplicate",
      message: "贵单位今年已申报过该项目（编号 ZB-2026-000001），如需再次提交请确认。",
    });
    expect(await filing.submit({ ...request(), confirmDuplicate: true })).toMatchObject({ kind: "filed" });
    expect(keys).toEqual(["key-1", "key-2"]);
    expect(bodies[1]!.confirmDuplicate).toBe(true);
  });

  it("shows the server's reason when it refuses a clause, with the details it names", async () => {
    const { filing } = fakeFiling([
      new ApiError(422, "clause_not_eligible", "「新注册店铺奖励」根据所填信息不符合申报条件"),
      new ApiError(400, "invalid_request", "申报信息有误", [
        { path: "applicant.uscc", message: "统一社会信用代码应为 18 位" },
      ]),
    ]);
    expect(await filing.submit(request())).toEqual({
      kind: "refused",
      message: "「新注册店铺奖励」根据所填信息不符合申报条件",
    });
    expect(await filing.submit(request())).toEqual({
      kind: "refused",
      message: "申报信息有误：统一社会信用代码应为 18 位",
    });
  });

  it("makes keys the server accepts (1–255 characters) that do not repeat", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(1000);
    for (const k of keys) expect(k).toMatch(/^mp-[0-9a-z]+-[0-9a-z]{14}$/);
  });
});
