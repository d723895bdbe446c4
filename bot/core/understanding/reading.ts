// What the grammar reads of a message: the readings (a figure taken as a fact) and the remarks (a figure said back
// as what it is instead). Their own file so the passes over them (totals.ts, settled.ts) need not import the grammar.

import type { AskableFact, SubjectType } from "../../../rules/index.ts";
import type { Mention } from "./mentions.ts";
import type { MentionKind } from "./lexicon.ts";

type Figure = Extract<Mention, { type: "figure" }>;

export type How = "cue" | "sound" | "weak" | "pending" | "subject";

export interface Reading {
  /** 「live」: live sales whose room (自播 or an agency's) was not said — asked back. */
  fact: AskableFact | "live";
  value: number;
  how: How;
  /** The figure as the person said it. */
  said: string;
  approx: Figure["approx"];
  /** Said of a whole (一共、总共): where another figure of the same fact is not, that one is the fact's. */
  whole?: boolean;
  /** Said with a hedge (左右、大概、约). */
  hedged?: boolean;
  /** Said of a past year (去年、前年): it does not overwrite a figure already given. */
  pastYear?: boolean;
  /** The year said with it (「24年九百多万」): of several years' figures of one fact, the latest is the fact's. */
  year?: number;
  /** Said as something besides (「另外还有两家本地小快递」): another figure of the fact comes first. */
  extra?: boolean;
  /** Bound to a cue of the part that is the fact itself (「真正在卖的二十四家」): beside another figure, this one. */
  narrow?: boolean;
}

export type RemarkWhy =
  | "hypothetical"
  | "award"
  | "other-subject"
  | "not-a-fact"
  | "part"
  /** A figure said before the total it is in (「天猫店两千八 抖音店一千五 加起来四千三百万」). */
  | "in-total"
  | "part-of-year"
  | "older-year"
  /** The old figure of 「把X改成Y」. */
  | "replaced"
  /** A count of what is still being applied for (「有两个村在申请」). */
  | "pending"
  /** What the figure is compared with, or by how much (「比2024年的17家多了4家」). */
  | "compared"
  /** A figure of the speaker and another together (「俺们村和前村合起来卖了两千万」). */
  | "joint"
  /** What was added (「今年又评上两个」), beside the total. */
  | "added"
  /** A bar said as one to pass (「要3000万才有」). */
  | "bar"
  /** A year's figure beside a later year's of the same fact (「23年…25年…」). */
  | "earlier-year"
  /** Last year's figure, said before this year's of the same fact. */
  | "last-year"
  /** An enterprise's figure (live, physical goods…) said by a village, town or park. */
  | "enterprise-figure"
  | "enterprise-loan"
  | "enterprise-item"
  | "below"
  /** Shops of which many are said not to trade (「一半多都不咋开张了」): no count of active ones. */
  | "not-active"
  /** How much something grew (「同比涨了快30%」): no figure of a fact. */
  | "growth"
  | "question"
  /** How far a figure is from a bar (「还差一百万」). */
  | "gap"
  /** One shop's or one person's sales, said by a village or a town: a part of its figure. */
  | "one-shop"
  | "unbound";

export interface Remark {
  said: string;
  why: RemarkWhy;
  /** The figure's value (for 「below」: the figure it is near). */
  value?: number;
  kind?: MentionKind;
  /** For 「below」: the fact whose cue it is bound to, when one is. */
  fact?: AskableFact;
  /** For 「enterprise-figure」: who said it (a village, town or park). */
  subject?: SubjectType;
  /** For 「bar」: reached in a year before (「去年就卖过三千万了」). */
  before?: boolean;
}

/** Whether a reading or a remark is of this figure (said the same, of the same value). */
export const sameFigure = (m: Figure) => (x: { said: string; value?: number }) =>
  x.said === m.text && x.value === m.value;
