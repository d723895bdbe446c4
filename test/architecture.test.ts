// The shape of the code: no import cycle anywhere in our own modules (type imports included), and
// the bot depends on the API only through the shared contract, never on api/ itself.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(new URL("..", import.meta.url).pathname);
const FOLDERS = ["api", "bot", "contract", "config", "rules", "scripts"];

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Each module's own imports (relative ones, resolved to paths from the root). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of FOLDERS.flatMap(files)) {
    const text = readFileSync(join(root, f), "utf8");
    const deps = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["'](\.[^"']+)["']/g)].map(
      (m) => relative(root, resolve(join(root, dirname(f)), m[1]!)),
    );
    g.set(
      f,
      deps.filter((d) => !d.startsWith("generated") && !d.startsWith("node_modules")),
    );
  }
  return g;
}

describe("the shape of the code", () => {
  it("has no import cycle", () => {
    const g = graph();
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const d of g.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, "done");
    };
    for (const f of g.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps the bot off the API's code: it uses the shared contract/ only", () => {
    const offending = [...graph()]
      .filter(([f]) => f.startsWith("bot/"))
      .flatMap(([f, deps]) => deps.filter((d) => d.startsWith("api/")).map((d) => `${f} → ${d}`));
    expect(offending).toEqual([]);
  });
});
