// The mini-program as miniprogram-simulate loads it: a copy in a temporary folder with every
// TypeScript file compiled, one file at a time, into the CommonJS .js beside it — as WeChat
// DevTools' TypeScript compiler plugin does for the phone — next to the .wxml, .wxss and .json.
// (TypeScript's transpileModule rather than esbuild: esbuild refuses to start under jsdom.)

import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { createRequire } from "node:module";
import simulate from "miniprogram-simulate";
import ts from "typescript";
import { MINIPROGRAM } from "./paths.ts";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export interface BuiltMiniprogram {
  root: string;
  /** The path miniprogram-simulate loads: "components/message-list/index" in the copy. */
  path(name: string): string;
  remove(): void;
}

export function buildMiniprogram(): BuiltMiniprogram {
  const root = mkdtempSync(join(tmpdir(), "zibo-miniprogram-"));
  // The compiled files are CommonJS, whatever the project's own package.json says.
  writeFileSync(join(root, "package.json"), '{ "type": "commonjs" }\n');
  for (const file of walk(MINIPROGRAM)) {
    const rel = relative(MINIPROGRAM, file);
    const to = join(root, rel);
    mkdirSync(dirname(to), { recursive: true });
    if (/\.(wxml|wxss|json)$/.test(file)) copyFileSync(file, to);
    else if (file.endsWith(".ts") && !file.endsWith(".d.ts")) {
      const { outputText, diagnostics } = ts.transpileModule(readFileSync(file, "utf8"), {
        fileName: rel,
        reportDiagnostics: true,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
        },
      });
      if (diagnostics && diagnostics.length > 0)
        throw new Error(`${rel}: ${ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, "\n")}`);
      writeFileSync(to.replace(/\.ts$/, ".js"), outputText);
    }
  }
  return {
    root,
    path: (name) => join(root, name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Loads a page or component of the built copy afresh: the modules it requires (the API client,
 * the chat session) start anew too, so one test's session never leaks into the next.
 */
export function freshLoad(mp: BuiltMiniprogram, name: string): string {
  forgetModules(mp);
  return load(mp, name);
}

/** Loads a page or component, sharing the modules already loaded (as pages of one app do). */
export function load(mp: BuiltMiniprogram, name: string): string {
  return simulate.load(mp.path(name), { compiler: "simulate", rootPath: mp.root });
}

/** Forgets the built copy's modules: the next load starts like a new launch of the app. */
export function forgetModules(mp: BuiltMiniprogram): void {
  const cache = createRequire(import.meta.url).cache;
  for (const key of Object.keys(cache)) if (key.startsWith(mp.root)) delete cache[key];
}
