import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../lib/setup/prepare-database";
import { syncContentFromDisk } from "../../lib/setup/sync-from-disk";

const PORT = Number(process.env.E2E_PORT ?? 3100);

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves the production build on a fresh SQLite database with the real content synced. */
export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first (npm test does)");
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-e2e-"));
  const url = `file:${path.join(dir, "e2e.db")}`;
  prepareDatabase(url, { quiet: true });
  await syncContentFromDisk(url);
  const baseURL = `http://127.0.0.1:${PORT}`;
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e", NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForServer(`${baseURL}/signin`, child);
  project.provide("baseURL", baseURL);
  return async () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}
