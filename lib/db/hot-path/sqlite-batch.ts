// Batch sync on SQLite: every grade of a batch in one synchronous transaction on the Prisma
// client's connection (see review-flow.ts for why the hot path exists). No savepoint per grade
// (measured: 2–3× the batch's time): the flow refuses a grade before its first write, and any other
// error rolls the whole batch back, which the client then sends again.
import type { UserSettings } from "../../settings/get-settings";
import type { LeechSettings } from "../../settings/leech-settings";
import { rejectedOutcome, type BatchOutcome } from "../../review/batch-outcome";
import type { TimedGrade } from "../../review/batch-schemas";
import type { SqliteAccess } from "../sqlite-access";
import { offlineGradeFlow } from "./batch-flow";
import { runFlowSync } from "./flow";
import { execSqlite, inWriteTransaction } from "./sqlite-exec";

export function submitBatchSqlite(access: SqliteAccess, userId: string, grades: TimedGrade[], settings: UserSettings, leechSettings: LeechSettings, now: Date): Promise<BatchOutcome[]> {
  return inWriteTransaction(access, (sqlite) =>
    grades.map((grade) => {
      try {
        return runFlowSync(offlineGradeFlow(userId, grade, settings, leechSettings, now), (step) => execSqlite(sqlite, step));
      } catch (error) {
        return rejectedOutcome(grade, error);
      }
    }),
  );
}
