import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // On two cores vitest would run one file at a time; most files wait on child processes, databases
    // and Chromium, so three at once finish the suite in about 9 minutes instead of 15.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
