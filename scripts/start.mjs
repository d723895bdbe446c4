// npm start: runs scripts/start.ts as compiled JavaScript (see build.mjs), building it first when
// the sources changed since the last build, and the staff console likewise (build-console.mjs).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "./build.mjs";
import { ensureConsoleBuilt } from "./build-console.mjs";

await ensureConsoleBuilt();
try {
  await import(pathToFileURL(join(await ensureBuilt(), "start.js")).href);
} catch (e) {
  // A broken policy folder stops the start with one line naming the file and the field, not a stack.
  if (e?.name !== "PolicyFolderError") throw e;
  console.error(e.message);
  process.exit(2);
}
