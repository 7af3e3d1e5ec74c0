import type { Db } from "../db";
import { getSettings, type UserSettings } from "../settings/get-settings";
import { startOfDay } from "../time/day";
import { NEW_CARD_TYPES } from "./card-types";
import { queueTakes, type QueueData, type QueueRow } from "./queue-source";
import { CardState } from "./vocabulary";

const cardSelect = { type: true, rendered: true, renderedZh: true, sectionId: true, section: { select: { title: true, titleZh: true } } } as const;
const cardInclude = { card: { select: cardSelect } } as const;
type CardFields = { type: string; rendered: string; renderedZh: string | null; sectionId: string; section: { title: string; titleZh: string | null } };
/** The card in the user's language, English where it has no Chinese. */
const localized = (c: CardFields, zh: boolean) => ({ type: c.type, sectionId: c.sectionId, sectionTitle: (zh && c.section.titleZh) || c.section.title, rendered: (zh && c.renderedZh) || c.rendered });

/** The portable queue read, through Prisma (the SQLite hot path is lib/db/hot-path/sqlite-queue.ts). */
export async function readQueuePrisma(db: Db, userId: string, now: Date, limit: number, known?: UserSettings): Promise<QueueData> {
  const settings = known ?? (await getSettings(db, userId));
  const dayStart = startOfDay(now, settings.timezone);
  const zh = settings.locale === "zh";
  // A user card is hidden while suspended, buried for today, or its content is retired.
  const base = { userId, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }], card: { retiredAt: null } };
  const learningWhere = { ...base, state: { in: [CardState.Learning, CardState.Relearning] }, due: { lte: now } };
  const reviewWhere = { ...base, state: CardState.Review, due: { lte: now } };
  // New = content not yet graded by this user and not buried/suspended by them.
  const newWhere = {
    retiredAt: null,
    type: { in: NEW_CARD_TYPES },
    userCards: { none: { userId, OR: [{ state: { not: CardState.New } }, { suspended: true }, { buriedUntil: { gt: now } }] } },
  };
  const [learningCount, reviewDueCount, newAvailable, newToday, reviewsToday] = await Promise.all([
    db.userCard.count({ where: learningWhere }),
    db.userCard.count({ where: reviewWhere }),
    db.card.count({ where: newWhere }),
    db.userCard.count({ where: { userId, introducedAt: { gte: dayStart } } }),
    db.reviewLog.count({ where: { userId, review: { gte: dayStart }, state: CardState.Review } }),
  ]);
  const take = queueTakes(limit, learningCount, Math.min(reviewDueCount, Math.max(0, settings.reviewsPerDay - reviewsToday)), Math.min(newAvailable, Math.max(0, settings.newPerDay - newToday)));
  const [learning, reviews, fresh] = await Promise.all([
    take.learning > 0 ? db.userCard.findMany({ where: learningWhere, orderBy: { due: "asc" }, take: take.learning, include: cardInclude }) : [],
    take.review > 0 ? db.userCard.findMany({ where: reviewWhere, orderBy: { due: "asc" }, take: take.review, include: cardInclude }) : [],
    take.fresh > 0
      ? db.card.findMany({ where: newWhere, orderBy: { globalOrder: "asc" }, take: take.fresh, select: { id: true, ...cardSelect } })
      : [],
  ]);
  const rows: QueueRow[] = [
    ...[...learning, ...reviews].map(({ card, ...uc }) => ({ cardId: uc.cardId, ...localized(card, zh), state: uc })),
    ...fresh.map((c) => ({ cardId: c.id, ...localized(c, zh), state: null })),
  ];
  const upcoming = async () => {
    const [next, buried] = await Promise.all([
      db.userCard.findFirst({
        where: { userId, suspended: false, card: { retiredAt: null }, state: { not: CardState.New }, due: { gt: now } },
        orderBy: { due: "asc" },
        select: { due: true },
      }),
      db.userCard.count({ where: { userId, suspended: false, buriedUntil: { gt: now } } }),
    ]);
    return { nextDue: next?.due ?? null, buried };
  };
  return { settings, learningCount, reviewDueCount, newAvailable, newToday, reviewsToday, rows, upcoming };
}
