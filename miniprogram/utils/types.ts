// The shapes the API sends and takes, as this mini-program reads them. They mirror the server's
// (GET /api/policy in api/policy/document.ts, the assessment of rules/assess.ts, the application
// schema of contract/applications.ts); test/miniprogram checks the policy document against them.

export type SubjectType = "enterprise" | "village" | "town" | "park";
export type ClauseKind = "award" | "subsidy" | "loan" | "case_by_case";
export type ResultStatus = "eligible" | "ineligible" | "needs_info" | "manual_review" | "not_applicable";

/** A clause of GET /api/policy. */
export interface PolicyClause {
  id: string;
  article: number;
  name: string;
  kind: ClauseKind;
  subjects: readonly SubjectType[];
  citation: string;
  /** The amount of each tier, highest first (the loan: its ceiling; case by case: none). */
  tiersAmountYuan: readonly number[];
  note?: string;
  /** The facts the clause reads, when the server sends them (more precise than `articles`). */
  facts?: readonly string[];
}

/** A fact of GET /api/policy: its JSON type, and for amounts, months and shares the unit. */
export interface PolicyFact {
  key: string;
  label: string;
  required: boolean;
  type: "string" | "integer" | "number" | "boolean";
  enum?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  format?: string;
  minimum?: number;
  maximum?: number;
  unit?: string;
  articles: readonly number[];
}

export interface PolicyQuestion {
  fact: string;
  /** The question per subject type. */
  text: Readonly<Record<string, string>>;
  example: string;
  /** Facts settled before this one is asked (a shop's turnover only after there is a new shop). */
  after: readonly string[];
}

export interface PolicyDocument {
  id: string;
  title: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  notes: Readonly<Record<string, string>>;
  clauses: readonly PolicyClause[];
  facts: readonly PolicyFact[];
  questions: readonly PolicyQuestion[];
  asOf: string;
  districts: readonly string[];
  /** The articles' titles, when the server sends them. */
  articles?: readonly { number: number; title: string }[];
}

/** Facts (contract §2): only subjectType is required; a missing key means "not known yet". */
export type Facts = { subjectType: SubjectType } & Record<string, string | number | boolean>;

export interface ClauseResult {
  clause: string;
  article: number;
  kind: ClauseKind;
  status: ResultStatus;
  maxAmountYuan: number | null;
  estimatedAmountYuan: number | null;
  missingFacts: readonly string[];
  reasons: readonly string[];
  citation: string;
}

export interface Assessment {
  policyId: string;
  inForce: boolean;
  assessedOn: string;
  results: readonly ClauseResult[];
}

export interface Choice {
  /** What the button says. */
  label: string;
  /** What a tap sends, as if typed. */
  text: string;
}

/** POST /api/conversations/:id/messages (and, with its id, POST /api/conversations). */
export interface ConversationTurn {
  replies: string[];
  asking: string | null;
  facts: Record<string, unknown>;
  mode: string;
  choices: Choice[];
}

export interface NewConversation extends ConversationTurn {
  id: string;
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  subscribeTemplateId: string | null;
}

export interface Applicant {
  name: string;
  uscc: string;
  district: string;
  contactName: string;
  contactPhone: string;
}

export interface ApplicationRequest {
  applicant: Applicant;
  facts: Facts;
  clauses: string[];
  confirmDuplicate?: boolean;
}

export interface ApplicationCreated {
  id: string;
  number: string;
  status: string;
  clauses: string[];
  assessment: Assessment;
}

export interface MyDecision {
  decision: string;
  decisionLabel: string;
  note: string;
  approvedAmountYuan: number | null;
  at: string;
}

export interface MyApplication {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  clauses: { id: string; name: string }[];
  createdAt: string;
  decisions: MyDecision[];
}

/** Whether a decision will come as a WeChat subscribe message (the person's last answer). */
export interface SubscriptionState {
  answer: "accept" | "reject" | "ban" | "filter" | "unavailable" | null;
  answeredAt: string | null;
  willNotify: boolean;
}

export interface MyApplications {
  items: MyApplication[];
  /** Sent by servers that record the answer; absent from older ones. */
  subscription?: SubscriptionState;
}

/** A material as POST /api/applications/:id/materials answers it. */
export interface MaterialInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface MaterialList {
  items: (MaterialInfo & { uploadedAt: string; uploadedBy: string })[];
}

/** Where small things are kept between launches (wx storage in the app, a Map in tests). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}
