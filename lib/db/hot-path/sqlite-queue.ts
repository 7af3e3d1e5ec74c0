// The review queue on SQLite (queue-flow.ts): its reads in one synchronous step on the Prisma
// client's connection, behind its gate, so no write lands between them.
import type { QueueData, QueueFilter } from "../../review/queue-source";
import type { SqliteAccess } from "../sqlite-access";
import { readQueueFlow, upcomingFlow } from "./queue-flow";
import { readSqlite } from "./sqlite-exec";

/** Null when the user has no settings row yet (getSettings creates it; the caller falls back). */
export async function readQueueSqlite(access: SqliteAccess, userId: string, now: Date, limit: number, filter: QueueFilter = {}): Promise<QueueData | null> {
  const read = await readSqlite(access, () => readQueueFlow(userId, now, limit, filter));
  if (!read) return null;
  const { scope, ...data } = read;
  return { ...data, upcoming: () => readSqlite(access, () => upcomingFlow(userId, now, scope)) };
}
