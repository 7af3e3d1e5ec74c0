// One grade of an offline batch (POST /api/reviews/batch) as a flow (flow.ts), so SQLite and
// PostgreSQL run the same SQL and the same decisions (sqlite-batch.ts, postgres-batch.ts). The
// domain logic is shared with the Prisma path: replayKnownReview, checkGradable, gradeCard,
// gradeIntoHistory, detectLeech.
import { randomUUID } from "node:crypto";
import type { UserSettings } from "../../settings/get-settings";
import type { LeechSettings } from "../../settings/leech-settings";
import { checkGradable, type BatchOutcome } from "../../review/batch-outcome";
import type { TimedGrade } from "../../review/batch-schemas";
import { detectLeech, LEECH_TAG } from "../../review/detect-leech";
import { gradeCard } from "../../review/grade-card";
import { gradeIntoHistory } from "../../review/grade-into-history";
import { replayKnownReview, type Tombstone } from "../../review/replay-review";
import { all, ConcurrentChange, get, run, statement, type Flow } from "./flow";
import { CARD_STATE_COLUMNS, LOG_COLUMNS, REVIEW_STATEMENTS as R, cardState, logParams, stateParams, storedLog, type CardRow, type LogRow } from "./review-flow";
import { toSqlDate } from "./sqlite-values";

const S = {
  // Another user's own card reads as missing.
  card: statement(
    "batch_card",
    `SELECT c."retiredAt" AS "retiredAt", uc."id" AS "ucId", uc."suspended" AS "suspended", ${CARD_STATE_COLUMNS.split(", ").map((col) => `uc.${col} AS ${col}`).join(", ")}
    FROM "Card" c LEFT JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = c."id"
    WHERE c."id" = @cardId AND (c."ownerId" IS NULL OR c."ownerId" = @userId)`,
  ),
  latest: statement("batch_latest", `SELECT "review" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review" DESC, "createdAt" DESC LIMIT 1`),
  history: statement("batch_history", `SELECT ${LOG_COLUMNS}, "createdAt" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review", "createdAt"`),
  rewriteLog: statement(
    "batch_rewrite_log",
    `UPDATE "ReviewLog" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "lastElapsedDays" = ?, "scheduledDays" = ?,
    "learningSteps" = ?, "prevDue" = ?, "cardAfter" = ? WHERE "id" = ?`,
  ),
  // introducedAt becomes the earliest review: an offline first review counts on the day it was made.
  // "reps" = the reps read: on PostgreSQL a concurrent grade of the card may have committed since.
  updateCard: statement(
    "batch_update_card",
    `UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = CASE WHEN "introducedAt" IS NULL OR "introducedAt" > ? THEN ? ELSE "introducedAt" END,
    "buriedUntil" = NULL, "updatedAt" = ? WHERE "id" = ? AND "reps" = ?`,
  ),
};

type CardContext = CardRow & { retiredAt: string | null; ucId: string | null; suspended: number | null };

/**
 * Applies one grade made offline, at its own review time: a retried one answers `duplicate`, one
 * older than the card's latest review is placed into its history and the card rebuilt. Throws
 * an AppError for a grade refused for good (the drivers turn it into a rejected outcome), always
 * before the grade's first write: SQLite runs a batch's grades in one transaction, with no savepoint per grade.
 */
export function* offlineGradeFlow(userId: string, grade: TimedGrade, settings: UserSettings, leechSettings: LeechSettings, now: Date): Flow<BatchOutcome> {
  const { reviewId, cardId, reviewedAt } = grade;
  const existing = yield* get<LogRow>(R.log, [reviewId]);
  const tombstone = existing ? null : ((yield* get<Tombstone>(R.tombstone, [reviewId])) ?? null);
  const known = replayKnownReview(userId, grade, existing ? storedLog(existing) : null, tombstone);
  if (known) return { reviewId, cardId, status: "duplicate", card: known.card };
  const ctx = yield* get<CardContext>(S.card, { userId, cardId });
  checkGradable(ctx, ctx?.suspended === 1);
  const before = ctx!.ucId === null ? null : cardState(ctx!);
  const at = toSqlDate(reviewedAt);
  const stamp = toSqlDate(now);
  const latest = yield* get<{ review: string }>(S.latest, [userId, cardId]);
  let graded;
  if (!latest || new Date(latest.review) <= reviewedAt) {
    // The usual case: the grade is the card's newest, applied on top of its stored state.
    graded = gradeCard(userId, grade, before, settings, reviewedAt);
  } else {
    const history = (yield* all<LogRow>(S.history, [userId, cardId])).map(storedLog);
    graded = gradeIntoHistory(userId, grade, reviewedAt, history, settings);
    for (const r of graded.rewritten) {
      yield* run(S.rewriteLog, [r.state, toSqlDate(r.due), r.stability, r.difficulty, r.elapsedDays, r.lastElapsedDays, r.scheduledDays, r.learningSteps, toSqlDate(r.prevDue), r.cardAfter, r.id]);
    }
  }
  yield* run(R.insertLog, logParams(userId, "insert" in graded ? graded.insert : graded.log, stamp));
  if (!before) yield* run(R.insertCard, [randomUUID(), userId, cardId, ...stateParams(graded.after), at, stamp]);
  else if ((yield* run(S.updateCard, [...stateParams(graded.after), at, at, stamp, ctx!.ucId, before.reps])).changes === 0) throw new ConcurrentChange("the card");
  const leech = detectLeech(before?.lapses ?? 0, graded.after.lapses, leechSettings);
  if (leech) {
    yield* run(R.tagCard, [userId, cardId, LEECH_TAG]);
    if (leech.suspended) yield* run(R.suspendCard, [userId, cardId]);
  }
  return { reviewId, cardId, status: "applied", card: graded.result.card, ...(leech ? { leech } : {}) };
}
