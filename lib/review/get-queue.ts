import { Grades, State } from "ts-fsrs";
import type { Db } from "../db";
import { getSettings, type UserSettings } from "../settings/get-settings";
import { startOfDay, startOfNextDay } from "../time/day";
import { cardStateJson, toFsrsCard, type CardStateJson, type CardStateRow } from "./card-state";
import { formatInterval } from "./format-interval";
import { schedulerFor, snapshotFromSettings } from "./scheduler";
import type { RenderedCard } from "../content/render-card";
import { NEW_CARD_TYPES } from "./card-types";
import { predictContent, predictSeed } from "../exercises/predict/predict-content";
import { withEstimateFaces } from "../estimate/with-estimate-faces";

export type IntervalPreview = { rating: 1 | 2 | 3 | 4; due: string; label: string };

export type QueueCard = {
  cardId: string;
  type: string;
  sectionId: string;
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

const cardInclude = { card: { select: { type: true, rendered: true, sectionId: true, section: { select: { title: true } } } } } as const;

/** A user card is hidden while suspended, buried for today, or its content is retired. */
function visible(userId: string, now: Date) {
  return {
    userId,
    suspended: false,
    OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
    card: { retiredAt: null },
  };
}

/**
 * The user's next cards: learning/relearning due now, then reviews due (up to the daily
 * review limit), then new cards (up to the daily new limit) in content order. Each card
 * carries its four previewed intervals.
 */
export async function getQueue(db: Db, userId: string, options: { limit: number; now?: Date; settings?: UserSettings }): Promise<Queue> {
  const now = options.now ?? new Date();
  // Callers that already hold the settings (the home page) save a query.
  const settings = options.settings ?? (await getSettings(db, userId));
  const dayStart = startOfDay(now, settings.timezone);
  const base = visible(userId, now);
  const learningWhere = { ...base, state: { in: [State.Learning, State.Relearning] }, due: { lte: now } };
  const reviewWhere = { ...base, state: State.Review, due: { lte: now } };
  // New = content not yet graded by this user and not buried/suspended by them.
  const newWhere = {
    retiredAt: null,
    type: { in: NEW_CARD_TYPES },
    userCards: { none: { userId, OR: [{ state: { not: State.New } }, { suspended: true }, { buriedUntil: { gt: now } }] } },
  };

  const [learningCount, reviewDueCount, newAvailable, newToday, reviewsToday] = await Promise.all([
    db.userCard.count({ where: learningWhere }),
    db.userCard.count({ where: reviewWhere }),
    db.card.count({ where: newWhere }),
    db.userCard.count({ where: { userId, introducedAt: { gte: dayStart } } }),
    db.reviewLog.count({ where: { userId, review: { gte: dayStart }, state: State.Review } }),
  ]);
  const reviewRoom = Math.max(0, settings.reviewsPerDay - reviewsToday);
  const newRoom = Math.max(0, settings.newPerDay - newToday);
  const counts: QueueCounts = {
    learning: learningCount,
    review: Math.min(reviewDueCount, reviewRoom),
    new: Math.min(newAvailable, newRoom),
  };

  const limit = options.limit;
  const learning = limit > 0 && learningCount > 0
    ? await db.userCard.findMany({ where: learningWhere, orderBy: { due: "asc" }, take: limit, include: cardInclude })
    : [];
  const reviewTake = Math.min(limit - learning.length, counts.review);
  const reviews = reviewTake > 0
    ? await db.userCard.findMany({ where: reviewWhere, orderBy: { due: "asc" }, take: reviewTake, include: cardInclude })
    : [];
  const newTake = Math.min(limit - learning.length - reviews.length, counts.new);
  const fresh = newTake > 0
    ? await db.card.findMany({
        where: newWhere,
        orderBy: { globalOrder: "asc" },
        take: newTake,
        select: { id: true, type: true, rendered: true, sectionId: true, section: { select: { title: true } } },
      })
    : [];

  const scheduler = schedulerFor(snapshotFromSettings(settings));
  const previews = (row: CardStateRow | null): IntervalPreview[] => {
    const outcomes = scheduler.repeat(toFsrsCard(row, now), now);
    return Grades.map((grade) => {
      const due = outcomes[grade].card.due;
      return { rating: grade as 1 | 2 | 3 | 4, due: due.toISOString(), label: formatInterval(due.getTime() - now.getTime()) };
    });
  };

  const built: QueueCard[] = [
    ...[...learning, ...reviews].map((uc) => ({
      cardId: uc.cardId,
      type: uc.card.type,
      sectionId: uc.card.sectionId,
      sectionTitle: uc.card.section.title,
      content: JSON.parse(uc.card.rendered) as RenderedCard,
      state: cardStateJson(uc),
      previews: previews(uc),
    })),
    ...fresh.map((c) => ({
      cardId: c.id,
      type: c.type,
      sectionId: c.sectionId,
      sectionTitle: c.section.title,
      content: JSON.parse(c.rendered) as RenderedCard,
      state: null,
      previews: previews(null),
    })),
  ];
  const cards = withEstimateFaces(await withPredictQuestions(built, userId), userId);

  let nextDueAt: string | null = null;
  if (cards.length === 0) nextDueAt = await nextDue(db, userId, now, settings.timezone, newAvailable + reviewDueCount > 0);

  return {
    cards,
    counts,
    nextDueAt,
    limits: { newPerDay: settings.newPerDay, newToday, reviewsPerDay: settings.reviewsPerDay, reviewsToday },
  };
}

/**
 * When something will next be studiable: the earliest future due date, or the start of the
 * user's next day when cards are waiting behind a daily limit or a bury.
 */
async function nextDue(db: Db, userId: string, now: Date, timezone: string, limited: boolean): Promise<string | null> {
  const [next, buried] = await Promise.all([
    db.userCard.findFirst({
      where: { userId, suspended: false, card: { retiredAt: null }, state: { not: State.New }, due: { gt: now } },
      orderBy: { due: "asc" },
      select: { due: true },
    }),
    limited ? Promise.resolve(0) : db.userCard.count({ where: { userId, suspended: false, buriedUntil: { gt: now } } }),
  ]);
  const candidates = [next?.due.getTime()];
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
