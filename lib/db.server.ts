import "server-only";
import { createPrismaClient, type Db } from "./db";
import { env } from "./env.server";

// One client per process; in dev, hot reload would otherwise open a new connection per edit.
const globalForDb = globalThis as unknown as { goBaseDb?: Db };

export const db: Db = globalForDb.goBaseDb ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForDb.goBaseDb = db;
