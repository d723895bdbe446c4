// The shape of the code (issue 25): no import cycle anywhere in our own modules (type imports
// included); the conversation core imports no shell and no I/O; the bot reaches the API only through
// the shared contract; an API domain uses another only through the files it offers; and no code
// outside policies/ names a clause or a parameter of a policy.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { registry } from "../rules/index.ts";

const root = resolve(new URL("..", import.meta.url).pathname);
const FOLDERS = ["api", "bot", "contract", "config", "rules", "scripts"];

function files(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "node_modules" || e.name === "dist"
        ? []
        : files(join(dir, e.name), ext)
      : ext.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** Each module's imports: relative ones resolved to paths from the root, packages as they are named. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of FOLDERS.flatMap((d) => files(d))) {
    const text = readFileSync(join(root, f), "utf8");
    const deps = [
      ...text.matchAll(
        /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
      ),
    ].map((m) => {
      const spec = (m[1] ?? m[2])!;
      return spec.startsWith(".") ? relative(root, resolve(join(root, dirname(f)), spec)) : `pkg:${spec}`;
    });
    g.set(
      f,
      deps.filter((d) => !d.startsWith("generated") && !d.startsWith("node_modules")),
    );
  }
  return g;
}

const edges = (keep: (from: string, to: string) => boolean) =>
  [...graph()].flatMap(([f, deps]) => deps.filter((d) => keep(f, d)).map((d) => `${f} → ${d}`));

/** The API's domains, each a folder with its routes, schema and service together. */
const DOMAINS = [
  "applications",
  "review",
  "rounds",
  "matching",
  "staff",
  "conversations",
  "notifications",
  "materials",
  "policy",
];

/** What each domain offers the others (and the shared http/ layer); the rest of it is its own. */
const FACES: Record<string, string[]> = {
  applications: ["applications.ts", "application-views.ts", "application-ref.ts", "claims.ts", "schema.ts"],
  review: ["decisions.ts", "approval.ts", "transitions.ts", "table.ts"],
  rounds: ["service.ts"],
  matching: ["invitations.ts", "calls.ts"],
  staff: ["accounts.ts", "sessions.ts", "session-tokens.ts"],
  conversations: ["chat-users.ts", "wechat-api.ts", "me-schema.ts"],
  notifications: ["notices.ts"],
  materials: ["service.ts"],
  policy: ["document.ts", "overrides.ts"],
};

/** Modules that reach the network, a database, other processes or WeChat: never in the pure core. */
const IO = /^pkg:(node:(http|https|net|child_process|dgram|worker_threads)|wechaty|pg|koa|@prisma|@koa|pino)/;
/**
 * The one file read the core does: the segmenter loads its dictionary (a file shipped in a package)
 * on first use, as the engine loads the policy's folder. It writes nothing and talks to no one.
 */
const READS_DATA = new Set(["bot/core/understanding/segment.ts"]);

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

  it("keeps the conversation core pure: no shell, no API, no network, database or process", () => {
    expect(
      edges(
        (f, d) =>
          f.startsWith("bot/core/") &&
          (/^bot\/(shell|wechat|terminal)\//.test(d) ||
            d.startsWith("api/") ||
            IO.test(d) ||
            (d === "pkg:node:fs" && !READS_DATA.has(f))),
      ),
    ).toEqual([]);
  });

  it("keeps the shells apart: the shared shell parts import neither WeChat nor the terminal", () => {
    expect(edges((f, d) => f.startsWith("bot/shell/") && /^bot\/(wechat|terminal)\//.test(d))).toEqual([]);
    expect(edges((f, d) => f.startsWith("bot/wechat/") && d.startsWith("bot/terminal/"))).toEqual([]);
  });

  it("keeps the bot off the API's code: it uses the shared contract/ only", () => {
    expect(edges((f, d) => f.startsWith("bot/") && d.startsWith("api/"))).toEqual([]);
  });

  it("lets an API domain use another only through the files that domain offers", () => {
    const domainOf = (p: string) => /^api\/([^/]+)\//.exec(p)?.[1];
    const offending = edges((f, d) => {
      const from = domainOf(f);
      const to = domainOf(d);
      if (!from || !to || from === to || !DOMAINS.includes(to)) return false;
      return !FACES[to]!.includes(d.slice(`api/${to}/`.length));
    });
    expect(offending).toEqual([]);
  });

  it("has every API file in a domain, the shared http/ or db/ layer, or the app's own few", () => {
    const loose = files("api").filter((f) => {
      const [, folder] = f.split("/");
      return f.split("/").length > 2 ? ![...DOMAINS, "http", "db"].includes(folder!) : false;
    });
    expect(loose).toEqual([]);
    expect(
      files("api")
        .filter((f) => f.split("/").length === 2)
        .sort(),
    ).toEqual(["api/app.ts", "api/config.ts", "api/routes.ts", "api/server.ts", "api/services.ts"]);
  });

  it("names no clause or parameter of any policy outside policies/ (read from the policy value)", () => {
    const common = new Set(["village", "town", "mcn", "loan", "event"]); // also subject types, facts, kinds
    const names = registry().policies.flatMap((p) => [
      ...p.clauseIds.filter((id) => !common.has(id)),
      ...Object.keys(p.parameters),
    ]);
    const literal = new RegExp(
      `["'\`](${[...new Set(names)].map((n) => n.replace(/[.-]/g, "\\$&")).join("|")})["'\`]`,
    );
    const code = [
      ...["api", "bot", "contract", "config", "rules", "miniprogram", "web"].flatMap((d) =>
        files(d, /\.(ts|js|vue)$/),
      ),
    ];
    const offending = code.filter((f) => literal.test(readFileSync(join(root, f), "utf8")));
    expect(offending).toEqual([]);
  });
});
