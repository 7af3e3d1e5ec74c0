// The review queue on PostgreSQL: the same reads as SQLite's (queue-flow.ts) on one pooled connection.
import type { QueueData, QueueFilter } from "../../review/queue-source";
import type { PostgresAccess } from "../postgres-access";
import { readPostgres } from "./postgres-exec";
import { readQueueFlow, upcomingFlow } from "./queue-flow";

/** Null when the user has no settings row yet (getSettings creates it; the caller falls back). */
export async function readQueuePostgres(access: PostgresAccess, userId: string, now: Date, limit: number, filter: QueueFilter = {}): Promise<QueueData | null> {
  const read = await readPostgres(access, () => readQueueFlow(userId, now, limit, filter));
  if (!read) return null;
  const { scope, ...data } = read;
  return { ...data, upcoming: () => readPostgres(access, () => upcomingFlow(userId, now, scope)) };
}
