import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../lib/setup/prepare-database";
import { syncContentFromDisk } from "../../lib/setup/sync-from-disk";
import { databaseUrl, dropDatabase } from "../../lib/test/postgres-test-db";
import { startNextServer } from "./server";
import pg from "pg";

/**
 * A fresh scratch database: a SQLite file, or, when E2E_POSTGRES_URL names a PostgreSQL server,
 * a new database on it. Either way the real migrations are applied the way `npm start` does
 * (`prisma migrate deploy` through prisma.config.ts), so this also proves the CLI path.
 */
async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.E2E_POSTGRES_URL;
  if (server) {
    const name = `gobase_e2e_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return { url: databaseUrl(server, name), drop: () => dropDatabase(server, name) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-e2e-"));
  return { url: `file:${path.join(dir, "e2e.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serves the production build on a fresh database with the real content synced. */
export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first (npm test does)");
  const database = await scratchDatabase();
  prepareDatabase(database.url, { quiet: true });
  await syncContentFromDisk(database.url);
  const server = await startNextServer(database.url, process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined);
  project.provide("baseURL", server.baseURL);
  project.provide("databaseUrl", database.url);
  return async () => {
    server.stop();
    await new Promise((r) => setTimeout(r, 500)); // let the server close its connections
    await database.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}
