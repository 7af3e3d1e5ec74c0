import { createEmptyCard, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { FSRS_WEIGHTS, schedulerFor, type SchedulerSnapshot } from "../review/scheduler";
import type { AnkiCard, AnkiRevlogEntry } from "./anki-model";

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
export function replayAnkiRevlog(entries: readonly AnkiRevlogEntry[], snapshot: SchedulerSnapshot, without?: WithoutHistory): AnkiReplay {
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
  if (!card && without) card = fromSm2(without, snapshot);
  return { card: card ?? createEmptyCard(new Date(sorted.at(-1)?.id ?? Date.now())), reviews, ignored };
}

/** The Anki card itself, for a card exported without its history: its SM-2 state is all there is. */
export type WithoutHistory = { card: AnkiCard; createdSecs: number };

/**
 * A review card with no usable history gets the memory state Anki itself derives from SM-2
 * (fsrs-rs `memory_state_from_sm2`, with SM-2's 90% retention): stability from the interval,
 * difficulty from the ease; it stays due on Anki's due day. Anything else stays new.
 */
function fromSm2({ card, createdSecs }: WithoutHistory, snapshot: SchedulerSnapshot): Card | null {
  if (card.ivl <= 0 || (card.type !== 2 && card.type !== 3)) return null;
  const w = snapshot.w ?? FSRS_WEIGHTS;
  const decay = -w[20];
  const retention = 0.9;
  const stability = (Math.max(card.ivl, 0.01) * (0.9 ** (1 / decay) - 1)) / (retention ** (1 / decay) - 1);
  const ease = (card.factor || 2500) / 1000;
  const difficulty = Math.min(10, Math.max(1, 11 - (ease - 1) / (Math.exp(w[8]) * stability ** -w[9] * Math.expm1((1 - retention) * w[10]))));
  // Review cards count due days from the collection's creation; relearning ones hold epoch seconds.
  const due = card.type === 2 ? new Date((createdSecs + card.due * 86_400) * 1000) : new Date(card.due * 1000);
  return {
    ...createEmptyCard(due),
    elapsed_days: 0,
    learning_steps: 0,
    state: card.type === 2 ? State.Review : State.Relearning,
    stability, difficulty, due, scheduled_days: card.ivl, reps: card.reps, lapses: card.lapses,
    last_review: new Date(due.getTime() - card.ivl * DAY_MS),
  };
}

const moveDue = (card: Card, due: Date, days: number): Card => ({ ...card, due, scheduled_days: days });
