import { defineConfig } from "vitest/config";

// Browser and API tests against a production build served on a scratch database (see
// tests/e2e/global-setup.ts). With E2E_POSTGRES_URL set, the database is PostgreSQL and only the
// API flow and the two-instance test run (the browser flows are database-agnostic above the API).
const postgres = Boolean(process.env.E2E_POSTGRES_URL);

export default defineConfig({
  test: {
    environment: "node",
    include: postgres ? ["tests/e2e/api.e2e.ts", "tests/e2e/**/*.pg.e2e.ts"] : ["tests/e2e/**/*.e2e.ts"],
    exclude: postgres ? [] : ["tests/e2e/**/*.pg.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // A poll waits for the app, never for a fixed time: on a loaded CI machine a language switch
    // (PATCH, then a server refresh) took over the 1 s default. A wrong state still fails, later.
    expect: { poll: { timeout: 30_000 } },
  },
});
