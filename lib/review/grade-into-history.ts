import type { Card } from "ts-fsrs";
import { readJsonColumn } from "../db/json-column";
import type { UserSettings } from "../settings/get-settings";
import { cardStateJson, fromFsrsCard, type CardStateRow } from "./card-state";
import { gradeCard, type GradeInput, type GradedCard } from "./grade-card";
import { reviewLogJson, schedulerSnapshotSchema, type ReviewResult, type StoredLog } from "./review-log-json";
import { replayStep } from "./replay-step";

export type HistoryLog = StoredLog & { prevDue: Date };

export type GradedIntoHistory = {
  /** The new log row, its derived columns computed from the card as it was at its review time. */
  insert: GradedCard["log"];
  /** Later rows whose derived columns (the card before them, the response) changed. */
  rewritten: HistoryLog[];
  /** The card's state after its whole history. */
  after: CardStateRow;
  result: ReviewResult;
};

/**
 * Places a grade made at `reviewedAt` into a card's history (its log rows in review order)
 * and rebuilds the card by replaying every review in time order, each with the scheduler
 * snapshot it was graded with. The facts of each row (rating, time, parameters) never change;
 * the columns derived from the card before it are recomputed for the rows after the new one,
 * so that undoing the latest review still restores the right state. Pure: both storage paths
 * write what it returns.
 */
export function gradeIntoHistory(userId: string, input: GradeInput, reviewedAt: Date, history: readonly HistoryLog[], settings: UserSettings): GradedIntoHistory {
  const fresh = gradeCard(userId, input, null, settings, reviewedAt);
  // A grade with the same time as an existing review goes after it, as it arrived later.
  let at = history.findIndex((log) => log.review.getTime() > reviewedAt.getTime());
  if (at < 0) at = history.length;
  const rows: HistoryLog[] = [...history.slice(0, at), fresh.log, ...history.slice(at)];
  const rebuilt: HistoryLog[] = [];
  let card: Card | undefined;
  rows.forEach((row, i) => {
    const scheduler = readJsonColumn(schedulerSnapshotSchema, row.scheduler, "ReviewLog.scheduler");
    // The new grade's device-chosen day, as asked: replayStep applies it if it lies in the fuzz
    // range at its place in history.
    if (i === at && input.chosenDue) row.chosenDue = new Date(input.chosenDue);
    const { card: next, log } = replayStep(card, { scheduler, review: row.review, rating: row.rating, chosenDue: row.chosenDue });
    if (i >= at) {
      rebuilt.push({
        ...row,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsed_days,
        lastElapsedDays: log.last_elapsed_days,
        scheduledDays: log.scheduled_days,
        learningSteps: log.learning_steps,
        prevDue: card ? card.due : row.prevDue,
        cardAfter: JSON.stringify({ cardId: row.cardId, ...cardStateJson(fromFsrsCard(next)) }),
      });
    }
    card = next;
  });
  const after = fromFsrsCard(card!);
  const [inserted, ...rewritten] = rebuilt;
  const insert = { ...fresh.log, ...inserted, day: fresh.log.day };
  return { insert, rewritten, after, result: { card: { cardId: input.cardId, ...cardStateJson(after) }, log: reviewLogJson(insert) } };
}
