import { createEmptyCard, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { schedulerFor, type SchedulerSnapshot } from "../review/scheduler";
import type { AnkiRevlogEntry } from "./anki-model";

const DAY_MS = 86_400_000;

/** One Anki review replayed through FSRS: what our review log stores for it. */
export type ReplayedReview = {
  /** Anki's revlog id (epoch ms): a stable key, so a re-import does not duplicate history. */
  ankiRevlogId: number;
  rating: Grade;
  review: Date;
  /** How long the answer took in Anki (its revlog `time`). */
  durationMs: number;
  /** ts-fsrs's log: the card as it was before this review. */
  log: ReviewLog;
  prevDue: Date;
  cardAfter: Card;
};

export type IgnoredRevlogEntry = { ankiRevlogId: number; reason: string };

export type AnkiReplay = {
  /** The card's FSRS state after its whole history (a new card when there is none). */
  card: Card;
  reviews: ReplayedReview[];
  ignored: IgnoredRevlogEntry[];
};

const MANUAL = 4;
const RESCHEDULED = 5;
const FILTERED = 3;

/**
 * Replays one card's Anki review history through ts-fsrs with the user's parameters, the way
 * Anki computes FSRS memory states from a revlog (rslib/src/scheduler/fsrs): entries in time
 * order; a manual "forget" (type 4, interval 0) resets the card to new and history before it
 * no longer counts; "set due date" and other manual or rescheduled rows (type 4/5, ease 0)
 * move the due date but are not reviews; cram reviews in a filtered deck that did not
 * reschedule (type 3, factor 0) are not reviews either. Every other row is graded with its
 * button (1–4) at its own time, so each keeps its rating, time and duration.
 */
export function replayAnkiRevlog(entries: readonly AnkiRevlogEntry[], snapshot: SchedulerSnapshot): AnkiReplay {
  const scheduler = schedulerFor(snapshot);
  const sorted = [...entries].sort((a, b) => a.id - b.id);
  let card = null as Card | null;
  let reviews: ReplayedReview[] = [];
  const ignored: IgnoredRevlogEntry[] = [];

  for (const entry of sorted) {
    const at = new Date(entry.id);
    if (entry.type === MANUAL && entry.ivl === 0 && entry.ease === 0) {
      // "Forget" / reset to new: Anki ignores everything before it when computing memory states.
      for (const r of reviews) ignored.push({ ankiRevlogId: r.ankiRevlogId, reason: "before a reset to new" });
      reviews = [];
      card = null;
      ignored.push({ ankiRevlogId: entry.id, reason: "reset to new" });
      continue;
    }
    if (entry.type === MANUAL || entry.type === RESCHEDULED || entry.ease < 1 || entry.ease > 4) {
      // A changed due date, not a memory event; FSRS state is kept, only the due moves.
      if (card && entry.ivl > 0) card = moveDue(card, new Date(entry.id + entry.ivl * DAY_MS), entry.ivl);
      ignored.push({ ankiRevlogId: entry.id, reason: entry.type === RESCHEDULED ? "due date set by hand" : "manual entry, not a review" });
      continue;
    }
    if (entry.type === FILTERED && entry.factor === 0) {
      ignored.push({ ankiRevlogId: entry.id, reason: "cram review in a filtered deck that did not reschedule" });
      continue;
    }
    const before: Card = card ?? createEmptyCard(at);
    const rating = entry.ease as Grade;
    const result = scheduler.next(before, at, rating);
    reviews.push({ ankiRevlogId: entry.id, rating, review: at, durationMs: Math.max(0, entry.time), log: result.log, prevDue: before.due, cardAfter: result.card });
    card = result.card;
  }
  return { card: card ?? createEmptyCard(new Date(sorted.at(-1)?.id ?? Date.now())), reviews, ignored };
}

const moveDue = (card: Card, due: Date, days: number): Card => ({ ...card, due, scheduled_days: days });
