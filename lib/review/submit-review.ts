import type { Db } from "../db";
import { sqliteAccess } from "../db/sqlite-access";
import { submitReviewSqlite } from "../db/hot-path/sqlite-review";
import { submitReviewPostgres } from "../db/hot-path/postgres-review";
import { postgresAccess } from "../db/postgres-access";
import { isRecordNotFound, isUniqueViolation } from "../db-errors";
import { AppError, parseInput } from "../errors";
import { getSettings } from "../settings/get-settings";
import { startOfDay } from "../time/day";
import { balanceGrade } from "./balance-grade";
import { getLeechSettings } from "../settings/leech-settings";
import { isVisibleTo } from "../cards/visible-card-where";
import { detectLeech, LEECH_TAG } from "./detect-leech";
import { gradeCard, type GradeInput } from "./grade-card";
import { readDueLoad } from "./read-due-load";
import { replayKnownReview } from "./replay-review";
import type { ReviewResult } from "./review-log-json";
import { reviewInputSchema } from "./review-schemas";

export type { ReviewLogJson, ReviewResult } from "./review-log-json";
export { reviewLogJson } from "./review-log-json";

const MAX_ATTEMPTS = 4;

/**
 * Grades a card for the user. Idempotent by reviewId: the same grade again returns the stored
 * response, an undone reviewId is refused (REVIEW_UNDONE), another use of it too
 * (REVIEW_ID_REUSED). The log row and the card's new state are written in one transaction.
 * It runs on the hot path (lib/db/hot-path) on SQLite and PostgreSQL; through Prisma when a test turns that off.
 */
export async function submitReview(db: Db, userId: string, input: unknown, now: Date = new Date()): Promise<ReviewResult> {
  const parsed = parseInput(reviewInputSchema, input);
  const sqlite = sqliteAccess(db);
  if (sqlite?.hotPath) return submitReviewSqlite(sqlite, userId, parsed, now);
  const postgres = postgresAccess(db);
  if (postgres?.hotPath) return submitReviewPostgres(postgres, userId, parsed, now);
  return submitReviewPrisma(db, userId, parsed, now);
}

/**
 * The portable path. A concurrent grade of the same card (another tab) makes the optimistic
 * `reps` check fail, and we recompute from the fresh state.
 */
async function submitReviewPrisma(db: Db, userId: string, input: GradeInput, now: Date): Promise<ReviewResult> {
  const { reviewId, cardId } = input;
  for (let attempt = 1; ; attempt++) {
    // The log is read before the tombstone: an undo in between is seen by the second read.
    const [existing, tombstone, card, userCard, settings, leechSettings] = await Promise.all([
      db.reviewLog.findUnique({ where: { id: reviewId } }),
      db.reviewTombstone.findUnique({ where: { id: reviewId } }),
      db.card.findUnique({ where: { id: cardId }, select: { retiredAt: true, ownerId: true } }),
      db.userCard.findUnique({ where: { userId_cardId: { userId, cardId } } }),
      getSettings(db, userId),
      getLeechSettings(db, userId),
    ]);
    const known = replayKnownReview(userId, input, existing, tombstone);
    if (known) return known;
    if (!card || !isVisibleTo(card, userId)) throw AppError.notFound("card");
    if (card.retiredAt) throw new AppError("CARD_RETIRED", "this card was retired from the content");
    if (userCard?.suspended) throw new AppError("CARD_SUSPENDED", "this card is suspended; unsuspend it to review");

    let graded = gradeCard(userId, input, userCard, settings, now);
    if (graded.balance) {
      const counts = await readDueLoad(db, userId, startOfDay(now, settings.timezone), graded.balance.minIvl, graded.balance.maxIvl);
      graded = balanceGrade(graded, counts, settings, now);
    }
    const { after, log, result } = graded;
    const writeCard = userCard
      ? db.userCard.update({
          where: { id: userCard.id, reps: userCard.reps },
          data: { ...after, buriedUntil: null, introducedAt: userCard.introducedAt ?? now },
        })
      : db.userCard.create({ data: { userId, cardId, ...after, introducedAt: now } });
    const leech = detectLeech(userCard?.lapses ?? 0, after.lapses, leechSettings);
    const leechWrites = leech
      ? [
          db.cardTag.upsert({ where: { userId_cardId_tag: { userId, cardId, tag: LEECH_TAG } }, update: {}, create: { userId, cardId, tag: LEECH_TAG } }),
          ...(leech.suspended ? [db.userCard.update({ where: { userId_cardId: { userId, cardId } }, data: { suspended: true } })] : []),
        ]
      : [];
    try {
      await db.$transaction([db.reviewLog.create({ data: log }), writeCard, ...leechWrites]);
      return leech ? { ...result, leech } : result;
    } catch (error) {
      if (!isUniqueViolation(error) && !isRecordNotFound(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("CARD_BUSY", "this card is being reviewed elsewhere; try again");
      // Lost a race: either the same reviewId landed (answered above next time) or the card moved on.
    }
  }
}
