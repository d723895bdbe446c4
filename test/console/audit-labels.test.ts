// Every action the API writes to the audit log has a Chinese label (the console's 操作 column and
// filter, and the export, show the label): the actions are read from the source itself, so an action
// added anywhere without a label fails here.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "../../api/staff/audit-labels.ts";
import { DECISION_KINDS } from "../../api/review/transitions.ts";

const ROOT = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}

/** The actions the code writes: `action: "…"`, audit helpers' second argument, SQL inserts, and `application.${decision}`. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const text of ["api", "scripts", "bot"].flatMap(sources)) {
    for (const m of text.matchAll(/\baction:\s*"([^"]+)"/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\b(?:audit|record|act)\(\s*[^,;]+?,\s*"([a-z_.]+)"/g)) found.add(m[1]!);
    for (const m of text.matchAll(/INSERT INTO "audit_entries"[^;]*?'([a-z_.]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\baction:\s*`([a-z_]+\.)\$\{/g)) {
      expect(m[1], "a templated action this test knows how to expand").toBe("application.");
      for (const d of DECISION_KINDS) found.add(`application.${d}`);
    }
  }
  return found;
}

describe("the audit log's action labels", () => {
  it("finds the actions written across the API, the submission's and the rounds' included", () => {
    const actions = writtenActions();
    for (const a of ["application.submitted", "application.reopened", "round.created", "round.changed"])
      expect(actions).toContain(a);
    for (const a of ["account_locked", "sign_in_throttled", "export", "matching.called", "material.uploaded"])
      expect(actions).toContain(a);
  });

  it("gives every action written anywhere a Chinese label", () => {
    const missing = [...writtenActions()].filter((a) => !AUDIT_ACTION_LABELS[a]);
    expect(missing).toEqual([]);
    for (const label of Object.values(AUDIT_ACTION_LABELS)) expect(label).toMatch(/\p{Script=Han}/u);
  });

  it("shows the submission in Chinese and an unknown action as it is", () => {
    expect(auditActionLabel("application.submitted")).toBe("提交申报");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });
});
