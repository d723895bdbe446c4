// The mini-program's model of the API (miniprogram/utils/types.ts) against the server's own
// descriptions of what it sends: the sign-in, the conversation, 我的申报, the policy document and
// the assessment. A change on the server that the mini-program would misread fails type-checking
// here (npm run typecheck), not on a phone.

import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { errorBodySchema, submissionResponseSchema } from "../../contract/responses.ts";
import type { policyDocument } from "../../api/policy/document.ts";
import type { conversationView, turnView } from "../../api/conversations/schema.ts";
import type { myApplications } from "../../api/conversations/me-schema.ts";
import type { chatSessionView } from "../../api/conversations/miniprogram-schema.ts";
import type { Assessment as ServerAssessment } from "../../rules/index.ts";
import type {
  ApplicationCreated,
  Assessment,
  ConversationTurn,
  LoginResponse,
  MyApplications,
  NewConversation,
  PolicyDocument,
} from "../../miniprogram/utils/types.ts";
import type { ApiIssue } from "../../miniprogram/utils/api.ts";

describe("the mini-program's model of the API", () => {
  it("reads the sign-in, the conversation and its turns as the server sends them", () => {
    expectTypeOf<z.infer<typeof chatSessionView>>().toExtend<LoginResponse>();
    expectTypeOf<z.infer<typeof conversationView>>().toExtend<NewConversation>();
    expectTypeOf<z.infer<typeof turnView>>().toExtend<ConversationTurn>();
  });

  it("reads 我的申报, the policy document and the assessment as the server sends them", () => {
    expectTypeOf<z.infer<typeof myApplications>>().toExtend<MyApplications>();
    expectTypeOf<ReturnType<typeof policyDocument>>().toExtend<PolicyDocument>();
    expectTypeOf<ServerAssessment>().toExtend<Assessment>();
  });

  it("reads a filing's answer and the error body as the server sends them", () => {
    type Created = z.infer<typeof submissionResponseSchema>;
    expectTypeOf<Omit<Created, "assessment">>().toExtend<Omit<ApplicationCreated, "assessment">>();
    expectTypeOf<z.infer<typeof errorBodySchema>["error"]["issues"][number]>().toExtend<ApiIssue>();
  });
});
