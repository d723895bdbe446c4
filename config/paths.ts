// Where the project's own files are, found from this module upwards (the folder holding
// package.json), so that paths stay right whether the code runs from source or from the bundle
// that `npm start` builds under dist/.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(fileURLToPath(import.meta.url));

/** A path below the project's root. */
export const projectPath = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
