// Prisma CLI config: the JS engine with a driver adapter, because native engines cannot be
// downloaded in our environments (docs/decisions/0002-prisma-js-engine.md). The database URL
// picks the schema, the migrations and the adapter: SQLite (default) or PostgreSQL
// (docs/decisions/0008-postgresql.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { isPostgresUrl, resolveDatabaseUrl } from "./lib/db-url";
import { PrismaPgForCli } from "./prisma/pg-cli-adapter";

const url = resolveDatabaseUrl();
process.env.DATABASE_URL = url;
const postgres = isPostgresUrl(url);
const root = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "schema.prisma"),
  migrations: { path: path.join(root, "migrations") },
  async adapter() {
    return postgres ? new PrismaPgForCli(url) : new PrismaBetterSQLite3({ url });
  },
});
