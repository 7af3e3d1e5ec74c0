import type { Db } from "../db";
import { isRecordNotFound, isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import type { UserSettings } from "../settings/get-settings";
import { checkGradable, rejectedOutcome, type BatchOutcome } from "./batch-outcome";
import type { TimedGrade } from "./batch-schemas";
import { gradeCard } from "./grade-card";
import { gradeIntoHistory } from "./grade-into-history";
import { replayKnownReview } from "./replay-review";
import { visibleCardWhere } from "../cards/visible-card-where";
import { detectLeech, LEECH_TAG } from "./detect-leech";
import type { LeechSettings } from "../settings/leech-settings";

const MAX_ATTEMPTS = 4;

/**
 * The batch through Prisma, which the hot path (lib/db/hot-path/batch-flow.ts) must agree with:
 * grade after grade, each in one batch transaction with the same optimistic `reps` check as a
 * single review, so a card graded concurrently elsewhere is recomputed from its fresh history.
 */
export async function submitBatchPrisma(db: Db, userId: string, grades: TimedGrade[], settings: UserSettings, leechSettings: LeechSettings, now: Date): Promise<BatchOutcome[]> {
  const results: BatchOutcome[] = [];
  for (const grade of grades) {
    try {
      results.push(await applyGrade(db, userId, grade, settings, leechSettings, now));
    } catch (error) {
      results.push(rejectedOutcome(grade, error));
    }
  }
  return results;
}

async function applyGrade(db: Db, userId: string, grade: TimedGrade, settings: UserSettings, leechSettings: LeechSettings, now: Date): Promise<BatchOutcome> {
  const { reviewId, cardId, reviewedAt } = grade;
  for (let attempt = 1; ; attempt++) {
    const [existing, tombstone, card, userCard, latest] = await Promise.all([
      db.reviewLog.findUnique({ where: { id: reviewId } }),
      db.reviewTombstone.findUnique({ where: { id: reviewId } }),
      db.card.findFirst({ where: { id: cardId, ...visibleCardWhere(userId) }, select: { retiredAt: true } }),
      db.userCard.findUnique({ where: { userId_cardId: { userId, cardId } } }),
      db.reviewLog.findFirst({ where: { userId, cardId }, orderBy: [{ review: "desc" }, { createdAt: "desc" }], select: { review: true } }),
    ]);
    const known = replayKnownReview(userId, grade, existing, tombstone);
    if (known) return { reviewId, cardId, status: "duplicate", card: known.card };
    checkGradable(card, userCard?.suspended === true);

    const writes = [];
    let after, log, result;
    if (!latest || latest.review <= reviewedAt) {
      ({ after, log, result } = gradeCard(userId, grade, userCard, settings, reviewedAt));
    } else {
      const history = await db.reviewLog.findMany({ where: { userId, cardId }, orderBy: [{ review: "asc" }, { createdAt: "asc" }] });
      const graded = gradeIntoHistory(userId, grade, reviewedAt, history, settings);
      ({ after, result } = graded);
      log = graded.insert;
      for (const r of graded.rewritten) {
        const { state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, prevDue, cardAfter } = r;
        writes.push(db.reviewLog.update({ where: { id: r.id }, data: { state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, prevDue, cardAfter } }));
      }
    }
    const introducedAt = userCard?.introducedAt && userCard.introducedAt <= reviewedAt ? userCard.introducedAt : reviewedAt;
    writes.push(
      userCard
        ? db.userCard.update({ where: { id: userCard.id, reps: userCard.reps }, data: { ...after, buriedUntil: null, introducedAt } })
        : db.userCard.create({ data: { userId, cardId, ...after, introducedAt } }),
    );
    const leech = detectLeech(userCard?.lapses ?? 0, after.lapses, leechSettings);
    if (leech) {
      writes.push(db.cardTag.upsert({ where: { userId_cardId_tag: { userId, cardId, tag: LEECH_TAG } }, create: { userId, cardId, tag: LEECH_TAG }, update: {} }));
      if (leech.suspended) writes.push(db.userCard.update({ where: { userId_cardId: { userId, cardId } }, data: { suspended: true } }));
    }
    try {
      await db.$transaction([db.reviewLog.create({ data: { ...log, createdAt: now } }), ...writes]);
      return { reviewId, cardId, status: "applied", card: result.card, ...(leech ? { leech } : {}) };
    } catch (error) {
      if (!isUniqueViolation(error) && !isRecordNotFound(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("CARD_BUSY", "this card is being reviewed elsewhere; try again");
    }
  }
}
