/**
 * `npm run db:postgres-schema [-- --check]`: writes prisma/postgres/schema.prisma from
 * prisma/schema.prisma, the one schema we edit. Only the datasource provider and the client's
 * output differ (see docs/decisions/0008-postgresql.md). `--check` fails when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { postgresSchemaFrom } from "../lib/setup/postgres-schema";

const source = path.resolve("prisma/schema.prisma");
const target = path.resolve("prisma/postgres/schema.prisma");
const wanted = postgresSchemaFrom(readFileSync(source, "utf8"));

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing: reported below
  }
  if (current !== wanted) {
    console.error("prisma/postgres/schema.prisma is stale: run `npm run db:postgres-schema`.");
    process.exit(1);
  }
  console.log("prisma/postgres/schema.prisma is up to date");
} else {
  writeFileSync(target, wanted);
  console.log("wrote prisma/postgres/schema.prisma");
}
