// Generates the Prisma client into generated/ at install (postinstall). Prisma's CLI wants its
// native schema engine for every command but generate does not use it: pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it run with no network.

import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const r = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
