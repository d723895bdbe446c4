// Compiles what `npm start` runs into dist/<stamp>/ with esbuild (one bundle of our TypeScript;
// packages stay in node_modules), so a start does not transpile: the stamp is a digest of every
// source file's path, size and time, so a changed file means a new build, made once, in a moment.
// Several processes may start at once: each builds into a folder of its own and renames it into
// place; whoever is second finds the folder there and uses it.
//
// Plain JavaScript on purpose: this file runs before anything is compiled.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceStamp } from "./source-stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = ["api", "bot", "config", "contract", "rules", "scripts", "generated/prisma"];
export const ENTRIES = { start: "scripts/start.ts" };

/** A digest of the sources as they are on disk now. */
const stamp = () => sourceStamp(root, SOURCES, /\.(ts|json|txt)$/);

/** The folder holding a fresh build of the entries; builds it when the sources changed. */
export async function ensureBuilt() {
  const dist = join(root, "dist");
  const dir = join(dist, stamp());
  if (existsSync(join(dir, "start.js"))) return dir;
  mkdirSync(dist, { recursive: true });
  const tmp = mkdtempSync(join(dist, ".building-"));
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: tmp,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
  try {
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dir, "start.js"))) throw e;
  }
  // Older builds go once no process can still be starting from them.
  const old = Date.now() - 10 * 60_000;
  for (const name of readdirSync(dist)) {
    const path = join(dist, name);
    if (path !== dir && name !== "console" && statSync(path).mtimeMs < old)
      rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = await ensureBuilt();
  console.log(`已编译：${dir}`);
  // The staff console too (build-console.mjs): Vite, into dist/console/.
  const { ensureConsoleBuilt } = await import("./build-console.mjs");
  const started = Date.now();
  const consoleDir = await ensureConsoleBuilt();
  console.log(`控制台已构建：${consoleDir}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
}
