// Filing an application (POST /api/applications): the applicant's details checked before sending,
// with messages a person can act on; one Idempotency-Key per filing attempt, the same key again
// when the same request is retried after a failure (so nothing is filed twice), a new one when
// the request changes (such as 「仍然提交」, which adds confirmDuplicate); and each answer of the
// server turned into what the page shows.

import { ApiError, type ApiClient } from "./api.js";
import { normalizePhone, PHONE_MESSAGE } from "./phone.js";
import { normalizeUscc, usccMessage } from "./uscc.js";
import type { Applicant, ApplicationCreated, ApplicationRequest } from "./types.js";

export type ApplicantField = keyof Applicant;
export type ApplicantErrors = Partial<Record<ApplicantField, string>>;

/** Reads the applicant's details as typed; `applicant` is set only when every field is right. */
export function checkApplicant(
  input: Readonly<Record<ApplicantField, string>>,
  districts: readonly string[],
): { applicant: Applicant | null; errors: ApplicantErrors } {
  const errors: ApplicantErrors = {};
  const name = input.name.trim();
  if (name === "") errors.name = "请填写申报主体名称（企业、村委会或镇政府的全称）";
  else if (name.length > 200) errors.name = "申报主体名称不能超过 200 个字";
  const uscc = normalizeUscc(input.uscc);
  const usccProblem = usccMessage(uscc);
  if (usccProblem) errors.uscc = usccProblem;
  const district = input.district.trim();
  if (!districts.includes(district)) errors.district = "请选择所属区县";
  const contactName = input.contactName.trim();
  if ([...contactName].length < 2) errors.contactName = "请填写联系人姓名（至少 2 个字）";
  else if (contactName.length > 100) errors.contactName = "联系人姓名不能超过 100 个字";
  const phone = normalizePhone(input.contactPhone);
  if (input.contactPhone.trim() === "") errors.contactPhone = "请填写联系电话，方便市商务局与您联系";
  else if (phone === null) errors.contactPhone = PHONE_MESSAGE;
  if (Object.keys(errors).length > 0) return { applicant: null, errors };
  return { applicant: { name, uscc, district, contactName, contactPhone: phone! }, errors };
}

export type FilingOutcome =
  | { kind: "filed"; application: ApplicationCreated }
  /** Filed already this year (409): say so, and offer 「仍然提交」. */
  | { kind: "duplicate"; message: string }
  /** The server will not take it as it is (a clause that does not qualify, a field it refuses). */
  | { kind: "refused"; message: string }
  /** No answer, or the server failed: trying again sends the same key. */
  | { kind: "failed"; message: string };

/** A key unlikely to repeat: time and randomness (crypto is not needed: the key is not a secret). */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const r = () =>
    Math.floor(random() * 0x100000000)
      .toString(36)
      .padStart(7, "0");
  return `mp-${now.toString(36)}-${r()}${r()}`;
}

export class Filing {
  private readonly api: Pick<ApiClient, "fileApplication">;
  private readonly newKey: () => string;
  private attempt: { body: string; key: string } | null = null;

  constructor(api: Pick<ApiClient, "fileApplication">, newKey: () => string = () => newIdempotencyKey()) {
    this.api = api;
    this.newKey = newKey;
  }

  /** The key the next submission of this request would carry. */
  keyFor(request: ApplicationRequest): string {
    const body = JSON.stringify(request);
    if (!this.attempt || this.attempt.body !== body) this.attempt = { body, key: this.newKey() };
    return this.attempt.key;
  }

  async submit(request: ApplicationRequest): Promise<FilingOutcome> {
    const key = this.keyFor(request);
    try {
      const application = await this.api.fileApplication(request, key);
      this.attempt = null;
      return { kind: "filed", application };
    } catch (e) {
      if (!(e instanceof ApiError)) return { kind: "failed", message: "出了点问题，请稍后再试。" };
      if (e.status === 409) return { kind: "duplicate", message: e.message };
      if (e.status === 400 || e.status === 422) {
        const extra = e.issues.map((i) => i.message).filter((m) => !e.message.includes(m));
        return {
          kind: "refused",
          message: extra.length > 0 ? `${e.message}：${extra.join("；")}` : e.message,
        };
      }
      return { kind: "failed", message: e.message };
    }
  }
}
