import type { Db } from "../db";
import { getSettings, type UserSettings } from "../settings/get-settings";
import { startOfDay } from "../time/day";
import { NEW_CARD_TYPES } from "./card-types";
import { queueTakes, type QueueData, type QueueFilter, type QueueRow } from "./queue-source";
import { CardState } from "./vocabulary";

const cardSelect = { type: true, rendered: true, renderedZh: true, sectionId: true, deckId: true, section: { select: { title: true, titleZh: true } }, deck: { select: { name: true } } } as const;
type CardFields = { type: string; rendered: string; renderedZh: string | null; sectionId: string | null; deckId: string | null; section: { title: string; titleZh: string | null } | null; deck: { name: string } | null };
/** The card in the user's language, English where it has no Chinese; an own card's "section" is its deck. */
const localized = (c: CardFields, zh: boolean) => ({
  type: c.type,
  sectionId: c.sectionId,
  deckId: c.deckId,
  sectionTitle: (zh && c.section?.titleZh) || c.section?.title || c.deck?.name || "",
  rendered: (zh && c.renderedZh) || c.rendered,
});

/** The portable queue read, through Prisma (the SQLite hot path is lib/db/hot-path/sqlite-queue.ts). */
export async function readQueuePrisma(db: Db, userId: string, now: Date, limit: number, known?: UserSettings, filter: QueueFilter = {}): Promise<QueueData> {
  const settings = known ?? (await getSettings(db, userId));
  const dayStart = startOfDay(now, settings.timezone);
  const zh = settings.locale === "zh";
  const scope = filter.deckId ? { deckId: filter.deckId } : filter.chapterId ? { section: { chapterId: filter.chapterId } } : {};
  // A user card is hidden while suspended, buried for today, or its content is retired.
  const base = { userId, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }], card: { retiredAt: null, ...scope } };
  const learningWhere = { ...base, state: { in: [CardState.Learning, CardState.Relearning] }, due: { lte: now } };
  const reviewWhere = { ...base, state: CardState.Review, due: { lte: now } };
  // New = a card not yet graded by this user and not buried/suspended by them.
  const newWhere = {
    retiredAt: null,
    type: { in: NEW_CARD_TYPES },
    userCards: { none: { userId, OR: [{ state: { not: CardState.New } }, { suspended: true }, { buriedUntil: { gt: now } }] } },
    ...scope,
  };
  const [learningCount, reviewCaps, newToday, reviewsToday] = await Promise.all([
    db.userCard.count({ where: learningWhere }),
    deckReviewCaps(db, userId, dayStart),
    db.userCard.count({ where: { userId, introducedAt: { gte: dayStart } } }),
    db.reviewLog.count({ where: { userId, review: { gte: dayStart }, state: CardState.Review } }),
  ]);
  // Reviews of a deck that lowers its review limit count only up to what is left of it today.
  const cappedIds = reviewCaps.map((d) => d.id);
  const [uncappedDue, ...cappedDue] = await Promise.all([
    db.userCard.count({ where: { ...reviewWhere, card: { ...reviewWhere.card, OR: [{ deckId: null }, { deckId: { notIn: cappedIds } }] } } }),
    ...reviewCaps.map((d) => db.userCard.count({ where: { ...reviewWhere, card: { ...reviewWhere.card, deckId: d.id } } })),
  ]);
  const reviewDueCount = uncappedDue + cappedDue.reduce((sum, n, i) => sum + Math.min(n, Math.max(0, reviewCaps[i].room)), 0);
  const newRoom = Math.max(0, settings.newPerDay - newToday);
  // Like the hot path: new cards only as far as today's room (at least one, to tell whether any wait).
  const newIds = await pickNewCards(db, userId, newWhere, dayStart, Math.max(1, newRoom));
  const newAvailable = newIds.length;
  const take = queueTakes(limit, learningCount, Math.min(reviewDueCount, Math.max(0, settings.reviewsPerDay - reviewsToday)), Math.min(newAvailable, newRoom));
  const [learning, reviews, fresh] = await Promise.all([
    take.learning > 0 ? db.userCard.findMany({ where: learningWhere, orderBy: { due: "asc" }, take: take.learning, include: { card: { select: cardSelect } } }) : [],
    take.review > 0 ? pickReviews(db, reviewWhere, reviewCaps, take.review) : [],
    take.fresh > 0 ? db.card.findMany({ where: { id: { in: newIds.slice(0, take.fresh) } }, orderBy: { globalOrder: "asc" }, select: { id: true, ...cardSelect } }) : [],
  ]);
  const rows: QueueRow[] = [
    ...[...learning, ...reviews].map((uc) => ({ cardId: uc.cardId, ...localized(uc.card, zh), state: uc })),
    ...fresh.map((c) => ({ cardId: c.id, ...localized(c, zh), state: null })),
  ];
  const upcoming = async () => {
    const [next, buried] = await Promise.all([
      db.userCard.findFirst({
        where: { userId, suspended: false, card: { retiredAt: null, ...scope }, state: { not: CardState.New }, due: { gt: now } },
        orderBy: { due: "asc" },
        select: { due: true },
      }),
      db.userCard.count({ where: { userId, suspended: false, buriedUntil: { gt: now } } }),
    ]);
    return { nextDue: next?.due ?? null, buried };
  };
  return { settings, learningCount, reviewDueCount, newAvailable, newToday, reviewsToday, rows, upcoming };
}

/**
 * Up to `room` new card ids in queue order: built-in content, and the user's own cards with
 * each deck that lowers its new-card limit capped at what is left of it today.
 */
async function pickNewCards(db: Db, userId: string, newWhere: object, dayStart: Date, room: number): Promise<string[]> {
  const capped = await db.deck.findMany({ where: { userId, newPerDay: { not: null } }, select: { id: true, newPerDay: true } });
  const deckRooms = await Promise.all(
    capped.map(async (d) => ({ id: d.id, room: (d.newPerDay ?? 0) - (await db.userCard.count({ where: { userId, introducedAt: { gte: dayStart }, card: { deckId: d.id } } })) })),
  );
  const pick = { orderBy: { globalOrder: "asc" as const }, select: { id: true, globalOrder: true } };
  const parts = await Promise.all([
    db.card.findMany({ where: { ...newWhere, ownerId: null }, take: room, ...pick }),
    db.card.findMany({ where: { ...newWhere, ownerId: userId, NOT: { deckId: { in: capped.map((d) => d.id) } } }, take: room, ...pick }),
    ...deckRooms.filter((d) => d.room > 0).map((d) => db.card.findMany({ where: { ...newWhere, ownerId: userId, deckId: d.id }, take: Math.min(room, d.room), ...pick })),
  ]);
  return parts.flat().sort((a, b) => a.globalOrder - b.globalOrder).slice(0, room).map((c) => c.id);
}

/** The user's decks that lower the review limit, with what is left of it today. */
async function deckReviewCaps(db: Db, userId: string, dayStart: Date): Promise<{ id: string; room: number }[]> {
  const capped = await db.deck.findMany({ where: { userId, deletedAt: null, reviewsPerDay: { not: null } }, select: { id: true, reviewsPerDay: true } });
  return Promise.all(
    capped.map(async (d) => ({
      id: d.id,
      // ReviewLog has no relation to Card (it outlives content): match the deck's card ids.
      room:
        (d.reviewsPerDay ?? 0) -
        (await db.reviewLog.count({
          where: { userId, state: CardState.Review, review: { gte: dayStart }, cardId: { in: (await db.card.findMany({ where: { ownerId: userId, deckId: d.id }, select: { id: true } })).map((c) => c.id) } },
        })),
    })),
  );
}

type ReviewWhere = { userId: string; card: object; [key: string]: unknown };

/** Reviews due in due order, with each capped deck's cards cut at its room. */
async function pickReviews(db: Db, reviewWhere: ReviewWhere, caps: { id: string; room: number }[], take: number) {
  const query = (card: object, n: number) => db.userCard.findMany({ where: { ...reviewWhere, card: { ...reviewWhere.card, ...card } }, orderBy: { due: "asc" }, take: n, include: { card: { select: cardSelect } } });
  const parts = await Promise.all([
    query({ OR: [{ deckId: null }, { deckId: { notIn: caps.map((d) => d.id) } }] }, take),
    ...caps.filter((d) => d.room > 0).map((d) => query({ deckId: d.id }, Math.min(take, d.room))),
  ]);
  return parts.flat().sort((a, b) => a.due.getTime() - b.due.getTime()).slice(0, take);
}
