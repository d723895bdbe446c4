// What the 表单自测 page hands to the applicant form when the person taps 「去申报」: the facts
// assessed and the items they may apply for. All pages share one module instance, so a variable
// is enough; the applicant page says so kindly when it finds nothing (opened on its own).

import type { Facts } from "./types.js";

export interface PendingFiling {
  facts: Facts;
  clauses: { id: string; name: string }[];
  districts: string[];
}

let pending: PendingFiling | null = null;

export function handOffFiling(filing: PendingFiling): void {
  pending = filing;
}

export function pendingFiling(): PendingFiling | null {
  return pending;
}
