// A digest of source files as they are on disk (path, size, time of each, in a fixed order): the name of
// a build made from them, so a changed file means a new build. Used by build.mjs (the server) and
// build-console.mjs (the console). Plain JavaScript: it runs before anything is compiled.

import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The digest of every file under `dirs` (relative to `root`) whose name matches `files`. */
export function sourceStamp(root, dirs, files) {
  const hash = createHash("sha1");
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (files.test(e.name)) {
        const s = statSync(join(root, rel));
        hash.update(`${rel}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of dirs) walk(d);
  return hash.digest("hex").slice(0, 16);
}
