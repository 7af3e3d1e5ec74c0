// Batch sync on PostgreSQL: the same flow as SQLite's (batch-flow.ts), each grade in a transaction
// of its own on a pooled connection, retried from its reads when a concurrent request changed the
// card first, so a refused grade leaves nothing behind and the others still apply.
import type { UserSettings } from "../../settings/get-settings";
import type { LeechSettings } from "../../settings/leech-settings";
import { rejectedOutcome, type BatchOutcome } from "../../review/batch-outcome";
import type { TimedGrade } from "../../review/batch-schemas";
import type { PostgresAccess } from "../postgres-access";
import { offlineGradeFlow } from "./batch-flow";
import { writePostgres } from "./postgres-exec";

export async function submitBatchPostgres(access: PostgresAccess, userId: string, grades: TimedGrade[], settings: UserSettings, leechSettings: LeechSettings, now: Date): Promise<BatchOutcome[]> {
  const results: BatchOutcome[] = [];
  for (const grade of grades) {
    try {
      results.push(await writePostgres(access, () => offlineGradeFlow(userId, grade, settings, leechSettings, now)));
    } catch (error) {
      results.push(rejectedOutcome(grade, error));
    }
  }
  return results;
}
