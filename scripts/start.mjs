// npm start: runs scripts/start.ts as compiled JavaScript (see build.mjs), building it first when
// the sources changed since the last build, and the staff console likewise (build-console.mjs).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "./build.mjs";
import { ensureConsoleBuilt } from "./build-console.mjs";

await ensureConsoleBuilt();
await import(pathToFileURL(join(await ensureBuilt(), "start.js")).href);
