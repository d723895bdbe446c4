// npm start: runs scripts/start.ts as compiled JavaScript (see build.mjs), building it first when
// the sources changed since the last build.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "./build.mjs";

await import(pathToFileURL(join(await ensureBuilt(), "start.js")).href);
