import type { Grade } from "ts-fsrs";
import type { Db } from "../db";
import { fromFsrsCard, toFsrsCard } from "../review/card-state";
import { schedulerFor, type SchedulerSnapshot } from "../review/scheduler";

const BATCH = 200;

/**
 * Recomputes every reviewed card of the user from its review history with these parameters
 * (ts-fsrs `reschedule`): memory state and due date become what the new weights would have
 * made of the same grades. The review log is only read. Writes go in batches of guarded
 * updates: a card graded meanwhile (its reps moved on) is left as that review made it.
 * Returns how many cards were rewritten and how many of them changed due date.
 */
export async function rescheduleCards(db: Db, userId: string, snapshot: SchedulerSnapshot, now: Date = new Date()): Promise<{ cards: number; moved: number }> {
  const [cards, reviews] = await Promise.all([
    db.userCard.findMany({ where: { userId, reps: { gt: 0 } } }),
    db.reviewLog.findMany({ where: { userId }, select: { cardId: true, rating: true, review: true }, orderBy: [{ review: "asc" }, { createdAt: "asc" }] }),
  ]);
  const history = new Map<string, { rating: Grade; review: Date }[]>();
  for (const r of reviews) {
    const list = history.get(r.cardId) ?? [];
    list.push({ rating: r.rating as Grade, review: r.review });
    history.set(r.cardId, list);
  }
  const scheduler = schedulerFor(snapshot);
  let rewritten = 0;
  let moved = 0;
  // Replay and write one batch at a time: awaiting each write lets other requests run in
  // between, so rescheduling thousands of cards never holds the event loop for long.
  for (let i = 0; i < cards.length; i += BATCH) {
    const updates = [];
    for (const card of cards.slice(i, i + BATCH)) {
      const replayed = scheduler.reschedule(toFsrsCard(card, now), history.get(card.cardId) ?? [], { skipManual: true, now }).collections;
      // The last replayed review is the card as the new weights see it. (`reschedule_item`
      // would add a manual review dated now, which is not what happened.)
      const last = replayed.at(-1);
      if (!last) continue;
      const next = fromFsrsCard(last.card);
      if (next.due.getTime() !== card.due.getTime()) moved++;
      updates.push(db.userCard.updateMany({ where: { id: card.id, reps: card.reps }, data: next }));
    }
    const results = await db.$transaction(updates);
    rewritten += results.reduce((n, r) => n + r.count, 0);
  }
  return { cards: rewritten, moved };
}
