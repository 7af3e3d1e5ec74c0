import type { Db } from "../db";
import { applyInterviewPlan, needsInterviewPlan } from "../scheduler/apply-interview-plan";
import { readQueueSqlite } from "../db/hot-path/sqlite-queue";
import { readQueuePostgres } from "../db/hot-path/postgres-queue";
import { postgresAccess } from "../db/postgres-access";
import { sqliteAccess } from "../db/sqlite-access";
import type { RenderedCard } from "../content/render-card";
import { readRenderedCard } from "../content/rendered-card-schema";
import { withTermsSetting } from "../content/with-terms-setting";
import { predictContent, predictSeed } from "../exercises/predict/predict-content";
import type { UserSettings } from "../settings/get-settings";
import { startOfNextDay } from "../time/day";
import { cardStateJson, toFsrsCard, type CardStateJson, type CardStateRow } from "./card-state";
import { formatInterval } from "./format-interval";
import type { QueueData, QueueFilter } from "./queue-source";
import { readQueuePrisma } from "./read-queue-prisma";
import { schedulerFor, snapshotFromSettings } from "./scheduler";
import { withEstimateFaces } from "../estimate/with-estimate-faces";
import { RATINGS, type Rating } from "./vocabulary";

/**
 * What a grade would schedule: `due`, and `intervalMs` from the moment the preview was made
 * (the UI formats it in its own language; lib/i18n/format-interval-label.ts). `label` is the
 * compact English form ("10m", "3d") kept for API clients.
 */
export type IntervalPreview = { rating: Rating; due: string; intervalMs: number; label: string };

export type QueueCard = {
  cardId: string;
  type: string;
  /** null for an own card */
  sectionId: string | null;
  deckId: string | null;
  /** the section's title, or the deck's name for an own card */
  sectionTitle: string;
  content: RenderedCard;
  /** null for a card the user has never reviewed */
  state: CardStateJson | null;
  previews: IntervalPreview[];
};

export type QueueCounts = { new: number; learning: number; review: number };

export type Queue = {
  cards: QueueCard[];
  counts: QueueCounts;
  /** When the next card becomes due, if nothing is due now. */
  nextDueAt: string | null;
  limits: { newPerDay: number; newToday: number; reviewsPerDay: number; reviewsToday: number };
};

/**
 * The user's next cards: learning/relearning due now, then reviews due (up to the daily
 * review limit), then new cards (up to the daily new limit) in content order. Each card
 * carries its four previewed intervals. The reads run on the hot path (lib/db/hot-path/queue-flow.ts)
 * on SQLite and PostgreSQL; through Prisma when a test turns that off.
 */
export async function getQueue(db: Db, userId: string, options: { limit: number; now?: Date; settings?: UserSettings; filter?: QueueFilter }): Promise<Queue> {
  const now = options.now ?? new Date();
  const sqlite = sqliteAccess(db);
  const postgres = postgresAccess(db);
  const readHot = () =>
    sqlite?.hotPath ? readQueueSqlite(sqlite, userId, now, options.limit, options.filter)
    : postgres?.hotPath ? readQueuePostgres(postgres, userId, now, options.limit, options.filter)
    : null;
  const read = async (known?: UserSettings) =>
    (await readHot()) ??
    // Callers that already hold the settings (the home page) save a query.
    (await readQueuePrisma(db, userId, now, options.limit, known, options.filter));
  let data = await read(options.settings);
  // The interview plan runs once a day, decided from the settings just read (no extra query
  // otherwise); its pulled-forward cards are due now, so the queue is read again.
  if (needsInterviewPlan(data.settings, now)) {
    await applyInterviewPlan(db, userId, data.settings, now);
    data = await read();
  }
  const { settings } = data;
  const counts: QueueCounts = {
    learning: data.learningCount,
    review: Math.min(data.reviewDueCount, Math.max(0, settings.reviewsPerDay - data.reviewsToday)),
    new: Math.min(data.newAvailable, Math.max(0, settings.newPerDay - data.newToday)),
  };

  // One ts-fsrs `repeat` per card gives all four previews.
  const scheduler = schedulerFor(snapshotFromSettings(settings));
  const previews = (row: CardStateRow | null): IntervalPreview[] => {
    const outcomes = scheduler.repeat(toFsrsCard(row, now), now);
    return RATINGS.map((rating) => {
      const due = outcomes[rating].card.due;
      const intervalMs = due.getTime() - now.getTime();
      return { rating, due: due.toISOString(), intervalMs, label: formatInterval(intervalMs) };
    });
  };
  const built: QueueCard[] = data.rows.map((row) => ({
    cardId: row.cardId,
    type: row.type,
    sectionId: row.sectionId,
    deckId: row.deckId,
    sectionTitle: row.sectionTitle,
    content: withTermsSetting(readRenderedCard(row.rendered), settings.showBilingualTerms),
    state: row.state ? cardStateJson(row.state) : null,
    previews: previews(row.state),
  }));
  const cards = withEstimateFaces(await withPredictQuestions(built, userId), userId);

  let nextDueAt: string | null = null;
  if (cards.length === 0) nextDueAt = await nextDue(data, now, settings.timezone, data.newAvailable + data.reviewDueCount > 0);

  return {
    cards,
    counts,
    nextDueAt,
    limits: { newPerDay: settings.newPerDay, newToday: data.newToday, reviewsPerDay: settings.reviewsPerDay, reviewsToday: data.reviewsToday },
  };
}

/**
 * When something will next be studiable: the earliest future due date, or the start of the
 * user's next day when cards are waiting behind a daily limit or a bury.
 */
async function nextDue(data: QueueData, now: Date, timezone: string, limited: boolean): Promise<string | null> {
  const { nextDue: next, buried } = await data.upcoming();
  const candidates = [next?.getTime()];
  if (limited || buried > 0) candidates.push(startOfNextDay(now, timezone).getTime());
  const earliest = Math.min(...candidates.filter((t): t is number => t !== undefined));
  return Number.isFinite(earliest) ? new Date(earliest).toISOString() : null;
}

/** Predict cards get a freshly generated trace per review; one that cannot be generated is skipped. */
async function withPredictQuestions(cards: QueueCard[], userId: string): Promise<QueueCard[]> {
  if (!cards.some((c) => c.type === "predict")) return cards;
  const filled = await Promise.all(
    cards.map(async (card) => {
      if (card.type !== "predict") return card;
      const content = await predictContent(card.cardId, predictSeed(userId, card.cardId, card.state?.reps ?? 0));
      return content ? { ...card, content } : null;
    }),
  );
  return filled.filter((c): c is QueueCard => c !== null);
}
