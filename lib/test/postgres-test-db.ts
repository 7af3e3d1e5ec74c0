/**
 * Creates a fresh PostgreSQL database with the committed PostgreSQL migrations applied.
 * Run as a child process by test-db.ts (`node --import tsx lib/test/postgres-test-db.ts <server-url> <name>`),
 * so that createTestDb() stays synchronous for the test files on both databases.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS = path.resolve(process.cwd(), "prisma/postgres/migrations");

export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function main(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, name) });
  await client.connect();
  try {
    for (const dir of readdirSync(MIGRATIONS).filter((n) => !n.endsWith(".toml")).sort()) {
      await client.query(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const [serverUrl, name] = process.argv.slice(2);
  main(serverUrl, name).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
