import type { Db } from "../db";
import { readJsonColumn } from "../db/json-column";
import { sqliteAccess } from "../db/sqlite-access";
import { undoReviewSqlite } from "../db/hot-path/sqlite-review";
import { undoReviewPostgres } from "../db/hot-path/postgres-review";
import { postgresAccess } from "../db/postgres-access";
import { isRecordNotFound, isUniqueViolation } from "../db-errors";
import { AppError, parseInput } from "../errors";
import { undoInputSchema } from "./review-schemas";
import { rollbackReview, undoResultSchema, type UndoResult } from "./rollback-review";

export type { UndoResult } from "./rollback-review";

const notLatest = () => new AppError("NOT_LATEST", "only the latest review of a card can be undone");

/**
 * Undoes one review, named by its reviewId, if it is its card's latest: the card goes back to
 * its state before it and the log row is replaced by a tombstone. Undoing it again returns
 * the same body and changes nothing.
 */
export async function undoReview(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<UndoResult> {
  const { reviewId } = parseInput(undoInputSchema, input);
  const sqlite = sqliteAccess(db);
  if (sqlite?.hotPath) return undoReviewSqlite(sqlite, userId, reviewId, now);
  const postgres = postgresAccess(db);
  if (postgres?.hotPath) return undoReviewPostgres(postgres, userId, reviewId, now);
  return undoReviewPrisma(db, userId, reviewId, now);
}

async function undoReviewPrisma(db: Db, userId: string, reviewId: string, now: Date): Promise<UndoResult> {
  const log = await db.reviewLog.findUnique({ where: { id: reviewId } });
  if (!log) {
    const tombstone = await db.reviewTombstone.findUnique({ where: { id: reviewId } });
    if (tombstone?.userId === userId) return readJsonColumn(undoResultSchema, tombstone.response, "ReviewTombstone.response");
    throw AppError.notFound("review");
  }
  if (log.userId !== userId) throw AppError.notFound("review");
  const [latest, userCard] = await Promise.all([
    db.reviewLog.findFirst({ where: { userId, cardId: log.cardId }, orderBy: [{ review: "desc" }, { createdAt: "desc" }], select: { id: true } }),
    db.userCard.findUnique({ where: { userId_cardId: { userId, cardId: log.cardId } } }),
  ]);
  if (latest?.id !== log.id) throw notLatest();
  if (!userCard) throw AppError.notFound("card");
  const { restored, wasNew, result } = rollbackReview(userCard, log);
  try {
    await db.$transaction([
      db.reviewLog.delete({ where: { id: log.id } }),
      db.reviewTombstone.create({ data: { id: log.id, userId, cardId: log.cardId, rating: log.rating, response: JSON.stringify(result), undoneAt: now } }),
      db.userCard.update({ where: { id: userCard.id, reps: userCard.reps }, data: { ...restored, ...(wasNew ? { introducedAt: null } : {}) } }),
    ]);
  } catch (error) {
    // A racing undo of the same id won: answer what it answered.
    if (isUniqueViolation(error) || isRecordNotFound(error)) return undoReviewPrisma(db, userId, reviewId, now);
    throw error;
  }
  return result;
}
