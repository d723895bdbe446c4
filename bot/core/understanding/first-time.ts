// 「去年自播也到过两千万了」 to 「这是第一次达到这一档吗」: a figure reached in a year before answers whether this
// year's tier is reached for the first time — no, where it already reached this year's tier; yes, where a bar lies
// between it and this year's figure (then only as far as that year goes). Pure.

import type { AskableFact } from "../../../rules/index.ts";
import { barsFor } from "./doubts.ts";

/** The first-time facts and the figure each is about. */
export const FIRST_TIME_OF: Partial<Record<AskableFact, AskableFact>> = {
  selfLiveFirstTime: "selfLiveRetailYuan",
  relocatedFirstTime: "shopRetailYuan",
};

/** Whether `now` reaches its tier for the first time, given `was` reached before; null when that does not say. */
export function firstTimeGiven(figure: AskableFact, was: number, now: number): boolean | null {
  const bars = barsFor(figure, "enterprise");
  const tierNow = Math.max(-1, ...bars.filter((b) => b <= now));
  if (tierNow < 0) return null;
  if (was >= tierNow) return false;
  return bars.some((b) => b > was && b <= now) ? true : null;
}
