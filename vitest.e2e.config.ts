import { defineConfig } from "vitest/config";

// Browser tests against a production build served on a scratch database (see tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
