// Builds the staff console (web/console: Vue 3 + Element Plus) with Vite into dist/console/<stamp>/,
// first turning the API's in-process OpenAPI document into the typed client's types
// (generated/console/openapi.d.ts). The stamp is a digest of the console's sources and of the API's
// (whose routes make the document), so a changed file means one new build; dist/console/current
// names the build the server serves. Nothing is downloaded.
//
// Plain JavaScript on purpose: this file runs before anything is compiled.

import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceStamp } from "./source-stamp.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The API as a whole: its routes make the OpenAPI document the client is typed from.
const SOURCES = ["web/console", "api", "contract", "rules"];
const OUT = join(root, "dist", "console");

const consoleStamp = () => sourceStamp(root, SOURCES, /\.(ts|vue|html|css|json|txt)$/);

/** Writes generated/console/openapi.d.ts from the document the routes make. */
async function writeApiTypes() {
  const json = execFileSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/openapi-document.ts"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ast = await openapiTS(JSON.parse(json));
  const dir = join(root, "generated", "console");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "openapi.d.ts"),
    `// Made by scripts/build-console.mjs from GET /openapi.json; do not edit.\n${astToString(ast)}`,
  );
}

/** The folder holding a fresh build of the console; builds it when the sources changed. */
export async function ensureConsoleBuilt() {
  const stamp = consoleStamp();
  const dir = join(OUT, stamp);
  if (!existsSync(join(dir, "index.html"))) {
    mkdirSync(OUT, { recursive: true });
    await writeApiTypes();
    const tmp = join(OUT, `.building-${process.pid}-${Date.now()}`);
    const { build } = await import("vite");
    await build({
      configFile: join(root, "web", "console", "vite.config.ts"),
      build: { outDir: tmp, emptyOutDir: true },
      logLevel: "warn",
    });
    try {
      renameSync(tmp, dir);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(dir, "index.html"))) throw e;
    }
  }
  // The pointer the server reads, replaced in one step.
  const pointer = join(OUT, "current");
  if (!existsSync(pointer) || readFileSync(pointer, "utf8") !== stamp) {
    writeFileSync(`${pointer}.${process.pid}`, stamp);
    renameSync(`${pointer}.${process.pid}`, pointer);
  }
  const old = Date.now() - 10 * 60_000;
  for (const name of readdirSync(OUT)) {
    const path = join(OUT, name);
    if (name !== stamp && name !== "current" && statSync(path).mtimeMs < old)
      rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const dir = await ensureConsoleBuilt();
  console.log(`控制台已构建：${dir}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
}
