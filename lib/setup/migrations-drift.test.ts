/**
 * The committed migrations are exactly the schema: `prisma migrate deploy` on one fresh
 * database and `prisma db push` of prisma/schema.prisma (or its PostgreSQL twin) on another give
 * the same tables, columns and indexes. Runs through the real CLI and prisma.config.ts, so on
 * PostgreSQL it also proves the CLI adapter wrapper (prisma/pg-cli-adapter.ts) for deploy,
 * status and push. It runs on the database the suite runs on (SQLite, or TEST_DATABASE_URL).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { relabelCatalogTypes } from "../../prisma/pg-cli-adapter";
import { databaseUrl, dropDatabase } from "../test/postgres-test-db";

const server = process.env.TEST_DATABASE_URL;
const prisma = path.resolve("node_modules/.bin/prisma");
const cli = (args: string[], url: string) =>
  execFileSync(prisma, args, { env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8", stdio: "pipe" });

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function scratch(): Promise<string> {
  if (server) {
    const name = `gobase_drift_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    cleanups.push(() => dropDatabase(server, name));
    return databaseUrl(server, name);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "go-base-drift-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return `file:${path.join(dir, "db.sqlite")}`;
}

/** Tables, columns (type, nullability, default) and indexes, as sorted lines. */
async function catalog(url: string): Promise<string[]> {
  if (server) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const cols = await client.query(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      );
      const idx = await client.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
      const fks = await client.query(
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
      );
      return [
        ...cols.rows.map((r) => `column ${r.table_name}.${r.column_name} ${r.data_type} ${r.is_nullable} ${r.column_default}`),
        ...idx.rows.map((r) => `index ${r.indexdef}`),
        ...fks.rows.map((r) => `fk ${r.conname} ${r.def}`),
      ].sort();
    } finally {
      await client.end();
    }
  }
  const db = new Database(url.slice("file:".length), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
    const lines: string[] = [];
    for (const { name } of tables) {
      for (const c of db.pragma(`table_info("${name}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]) {
        lines.push(`column ${name}.${c.name} ${c.type} ${c.notnull} ${c.dflt_value} ${c.pk}`);
      }
      for (const f of db.pragma(`foreign_key_list("${name}")`) as { table: string; from: string; to: string; on_delete: string }[]) {
        lines.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} ${f.on_delete}`);
      }
    }
    const idx = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).all() as { sql: string }[];
    return [...lines, ...idx.map((r) => `index ${r.sql.replace(/\s+/g, " ")}`)].sort();
  } finally {
    db.close();
  }
}

describe(`migrations on ${server ? "PostgreSQL" : "SQLite"}`, () => {
  it("deploy, status and push work through prisma.config.ts, and the migrations match the schema", { timeout: 120_000 }, async () => {
    const migrated = await scratch();
    const pushed = await scratch();
    expect(cli(["migrate", "deploy"], migrated)).toMatch(/applied|No pending migrations/);
    expect(cli(["migrate", "status"], migrated)).toMatch(/Database schema is up to date/);
    cli(["db", "push", "--skip-generate"], pushed);
    const [a, b] = [await catalog(migrated), await catalog(pushed)];
    expect(a.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });
});

describe("the PostgreSQL CLI adapter", () => {
  it("relabels the catalog types the 6.19 adapter cannot read as text and text[]", () => {
    const result = { fields: [{ dataTypeID: 19 }, { dataTypeID: 23 }, { dataTypeID: 1003 }, { dataTypeID: 18 }], rows: [["pg_class", 1, "{a,b}", "r"]] };
    relabelCatalogTypes(result);
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 23, 1009, 25]);
    expect(result.rows[0]).toEqual(["pg_class", 1, ["a", "b"], "r"]);
  });
});
