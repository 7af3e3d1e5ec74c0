// The review queue on SQLite (queue-flow.ts): its reads in one synchronous step on the Prisma
// client's connection, behind its gate, so no write lands between them.
import type { QueueData, QueueFilter } from "../../review/queue-source";
import type { SqliteAccess } from "../sqlite-access";
import { runFlowSync } from "./flow";
import { readQueueFlow, upcomingFlow } from "./queue-flow";
import { execSqlite } from "./sqlite-review";

/** Null when the user has no settings row yet (getSettings creates it; the caller falls back). */
export async function readQueueSqlite(access: SqliteAccess, userId: string, now: Date, limit: number, filter: QueueFilter = {}): Promise<QueueData | null> {
  const sqlite = access.current ?? (await access.connection());
  const read = await access.gate.run(() => runFlowSync(readQueueFlow(userId, now, limit, filter), (step) => execSqlite(sqlite, step)));
  if (!read) return null;
  const { scope, ...data } = read;
  const upcoming = () => access.gate.run(() => runFlowSync(upcomingFlow(userId, now, scope), (step) => execSqlite(sqlite, step)));
  return { ...data, upcoming };
}
