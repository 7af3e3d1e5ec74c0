// Grading and undo on PostgreSQL: the same flows as SQLite's (review-flow.ts), each in one
// transaction on a pooled connection, retried when a concurrent request wrote first.
import type { GradeInput } from "../../review/grade-card";
import type { ReviewResult } from "../../review/review-log-json";
import type { UndoResult } from "../../review/rollback-review";
import type { PostgresAccess } from "../postgres-access";
import { writePostgres } from "./postgres-exec";
import { submitReviewFlow, undoReviewFlow } from "./review-flow";

export const submitReviewPostgres = (access: PostgresAccess, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> =>
  writePostgres(access, () => submitReviewFlow(userId, input, now));

export const undoReviewPostgres = (access: PostgresAccess, userId: string, reviewId: string, now: Date): Promise<UndoResult> =>
  writePostgres(access, () => undoReviewFlow(userId, reviewId, now));
