/**
 * `npm run db:new-migration -- <name>`: writes the migration from git's HEAD schema to the
 * working prisma/schema.prisma, under the same `<timestamp>_<name>` folder for SQLite
 * (prisma/migrations) and PostgreSQL (prisma/postgres/migrations), and regenerates the
 * PostgreSQL schema. `migrate dev` and `--from-migrations` do not work with driver adapters,
 * so the diff is taken between two schema files. Review both SQL files before committing:
 * a data backfill has to be written by hand, once per database.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { postgresSchemaFrom } from "../lib/setup/postgres-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

const tmp = mkdtempSync(path.join(tmpdir(), "go-base-migration-"));
const headSqlite = path.join(tmp, "head.prisma");
writeFileSync(headSqlite, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
const workSqlite = path.resolve("prisma/schema.prisma");
const headPostgres = path.join(tmp, "head.pg.prisma");
const workPostgres = path.join(tmp, "work.pg.prisma");
writeFileSync(headPostgres, postgresSchemaFrom(readFileSync(headSqlite, "utf8")));
writeFileSync(workPostgres, postgresSchemaFrom(readFileSync(workSqlite, "utf8")));
writeFileSync(path.resolve("prisma/postgres/schema.prisma"), postgresSchemaFrom(readFileSync(workSqlite, "utf8")));

const diff = (from: string, to: string) =>
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"], {
    encoding: "utf8",
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [root, from, to] of [
  ["prisma/migrations", headSqlite, workSqlite],
  ["prisma/postgres/migrations", headPostgres, workPostgres],
] as const) {
  const sql = diff(from, to);
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.error("no schema change between HEAD and the working prisma/schema.prisma");
    process.exit(1);
  }
  mkdirSync(path.resolve(root, folder), { recursive: true });
  writeFileSync(path.resolve(root, folder, "migration.sql"), sql);
  console.log(`wrote ${root}/${folder}/migration.sql`);
}
