// Batch sync on SQLite: every grade of a batch in one synchronous transaction on the Prisma
// client's connection (see sqlite-review.ts for why the hot path exists). The domain logic is
// shared with the Prisma path: replayKnownReview, checkGradable, gradeCard, gradeIntoHistory.
import { randomUUID } from "node:crypto";
import type { UserSettings } from "../../settings/get-settings";
import { checkGradable, rejectedOutcome, type BatchOutcome } from "../../review/batch-outcome";
import type { TimedGrade } from "../../review/batch-schemas";
import { gradeCard } from "../../review/grade-card";
import { gradeIntoHistory } from "../../review/grade-into-history";
import { replayKnownReview, type Tombstone } from "../../review/replay-review";
import type { SqliteAccess } from "../sqlite-access";
import { preparedFor } from "./prepared";
import { CARD_STATE_COLUMNS, LOG_COLUMNS, cardState, inWriteTransaction, stateParams, storedLog, type CardRow, type LogRow } from "./sqlite-review";
import { toSqlDate, toSqlDateOrNull } from "./sqlite-values";
import { detectLeech, LEECH_TAG } from "../../review/detect-leech";
import type { LeechSettings } from "../../settings/leech-settings";

const statements = preparedFor((sql) => ({
  log: sql(`SELECT ${LOG_COLUMNS}, "createdAt" FROM "ReviewLog" WHERE "id" = ?`),
  tombstone: sql(`SELECT "userId", "cardId", "rating" FROM "ReviewTombstone" WHERE "id" = ?`),
  card: sql(`SELECT c."retiredAt" AS "retiredAt", uc."id" AS "ucId", uc."suspended" AS "suspended", ${CARD_STATE_COLUMNS.split(", ").map((col) => `uc.${col} AS ${col}`).join(", ")}
    FROM "Card" c LEFT JOIN "UserCard" uc ON uc."userId" = @userId AND uc."cardId" = c."id"
    WHERE c."id" = @cardId AND (c."ownerId" IS NULL OR c."ownerId" = @userId)`), // another user's own card reads as missing
  latest: sql(`SELECT "review" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review" DESC, "createdAt" DESC LIMIT 1`),
  history: sql(`SELECT ${LOG_COLUMNS}, "createdAt" FROM "ReviewLog" WHERE "userId" = ? AND "cardId" = ? ORDER BY "review", "createdAt"`),
  insertLog: sql(`INSERT INTO "ReviewLog" (${LOG_COLUMNS}, "createdAt") VALUES (${LOG_COLUMNS.split(", ").map(() => "?").join(", ")}, ?)`),
  rewriteLog: sql(`UPDATE "ReviewLog" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "lastElapsedDays" = ?, "scheduledDays" = ?,
    "learningSteps" = ?, "prevDue" = ?, "cardAfter" = ? WHERE "id" = ?`),
  tagCard: sql(`INSERT INTO "CardTag" ("userId", "cardId", "tag") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
  suspendCard: sql(`UPDATE "UserCard" SET "suspended" = 1 WHERE "userId" = ? AND "cardId" = ?`),
  insertCard: sql(`INSERT INTO "UserCard" ("id", "userId", "cardId", ${CARD_STATE_COLUMNS}, "introducedAt", "suspended", "buriedUntil", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)`),
  // introducedAt becomes the earliest review: an offline first review counts on the day it was made.
  updateCard: sql(`UPDATE "UserCard" SET "state" = ?, "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?,
    "reps" = ?, "lapses" = ?, "lastReview" = ?, "introducedAt" = CASE WHEN "introducedAt" IS NULL OR "introducedAt" > @at THEN @at ELSE "introducedAt" END,
    "buriedUntil" = NULL, "updatedAt" = @stamp WHERE "id" = @id`),
}));

type CardContext = CardRow & { retiredAt: string | null; ucId: string | null; suspended: number | null };

export function submitBatchSqlite(access: SqliteAccess, userId: string, grades: TimedGrade[], settings: UserSettings, leechSettings: LeechSettings, now: Date): Promise<BatchOutcome[]> {
  return inWriteTransaction(access, (sqlite) => {
    const q = statements(sqlite);
    const stamp = toSqlDate(now);
    return grades.map((grade): BatchOutcome => {
      try {
        const existing = q.log.get(grade.reviewId) as LogRow | undefined;
        const tombstone = existing ? null : ((q.tombstone.get(grade.reviewId) as Tombstone | undefined) ?? null);
        const known = replayKnownReview(userId, grade, existing ? storedLog(existing) : null, tombstone);
        if (known) return { reviewId: grade.reviewId, cardId: grade.cardId, status: "duplicate", card: known.card };
        const ctx = q.card.get({ userId, cardId: grade.cardId }) as CardContext | undefined;
        checkGradable(ctx, ctx?.suspended === 1);
        const at = toSqlDate(grade.reviewedAt);
        const latest = q.latest.get(userId, grade.cardId) as { review: string } | undefined;
        let graded;
        if (!latest || new Date(latest.review) <= grade.reviewedAt) {
          // The usual case: the grade is the card's newest, applied on top of its stored state.
          graded = gradeCard(userId, grade, ctx!.ucId === null ? null : cardState(ctx!), settings, grade.reviewedAt);
        } else {
          const history = (q.history.all(userId, grade.cardId) as LogRow[]).map(storedLog);
          graded = gradeIntoHistory(userId, grade, grade.reviewedAt, history, settings);
          for (const r of graded.rewritten) {
            q.rewriteLog.run(r.state, toSqlDate(r.due), r.stability, r.difficulty, r.elapsedDays, r.lastElapsedDays, r.scheduledDays, r.learningSteps, toSqlDate(r.prevDue), r.cardAfter, r.id);
          }
        }
        const log = "insert" in graded ? graded.insert : graded.log;
        q.insertLog.run(log.id, userId, log.cardId, log.rating, log.state, toSqlDate(log.due), log.stability, log.difficulty, log.elapsedDays, log.lastElapsedDays, log.scheduledDays, log.learningSteps, toSqlDate(log.review), toSqlDate(log.prevDue), log.durationMs, log.scheduler, log.cardAfter, toSqlDateOrNull(log.chosenDue ?? null), log.day, stamp);
        if (ctx!.ucId === null) q.insertCard.run(randomUUID(), userId, grade.cardId, ...stateParams(graded.after), at, stamp);
        else q.updateCard.run(...stateParams(graded.after), { at, stamp, id: ctx!.ucId });
        const leech = detectLeech(ctx!.ucId === null ? 0 : ctx!.lapses, graded.after.lapses, leechSettings);
        if (leech) {
          q.tagCard.run(userId, grade.cardId, LEECH_TAG);
          if (leech.suspended) q.suspendCard.run(userId, grade.cardId);
        }
        return { reviewId: grade.reviewId, cardId: grade.cardId, status: "applied", card: graded.result.card, ...(leech ? { leech } : {}) };
      } catch (error) {
        return rejectedOutcome(grade, error);
      }
    });
  });
}
