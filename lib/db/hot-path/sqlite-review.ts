// Grading and undo on SQLite: the flows of review-flow.ts, each in one synchronous write
// transaction (sqlite-exec.ts).
import type { GradeInput } from "../../review/grade-card";
import type { ReviewResult } from "../../review/review-log-json";
import type { UndoResult } from "../../review/rollback-review";
import type { SqliteAccess } from "../sqlite-access";
import { submitReviewFlow, undoReviewFlow } from "./review-flow";
import { writeSqlite } from "./sqlite-exec";

export const submitReviewSqlite = (access: SqliteAccess, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> =>
  writeSqlite(access, () => submitReviewFlow(userId, input, now));

export const undoReviewSqlite = (access: SqliteAccess, userId: string, reviewId: string, now: Date): Promise<UndoResult> =>
  writeSqlite(access, () => undoReviewFlow(userId, reviewId, now));
