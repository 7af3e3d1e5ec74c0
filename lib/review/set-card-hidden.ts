import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { getSettings } from "../settings/get-settings";
import { startOfNextDay } from "../time/day";
import { cardActionSchema } from "./review-schemas";
import { isVisibleTo } from "../cards/visible-card-where";

async function ensureCard(db: Db, userId: string, cardId: string) {
  const card = await db.card.findUnique({ where: { id: cardId }, select: { ownerId: true } });
  if (!card || !isVisibleTo(card, userId)) throw AppError.notFound("card");
}

/** Hides the card until the user's next day. A new card stays new (its row keeps state New). */
export async function buryCard(db: Db, userId: string, input: unknown, now: Date = new Date()) {
  const { cardId } = parseInput(cardActionSchema, input);
  await ensureCard(db, userId, cardId);
  const { timezone } = await getSettings(db, userId);
  const buriedUntil = startOfNextDay(now, timezone);
  await db.userCard.upsert({
    where: { userId_cardId: { userId, cardId } },
    update: { buriedUntil },
    create: { userId, cardId, due: now, buriedUntil },
  });
  return { cardId, buriedUntil: buriedUntil.toISOString() };
}

/** Suspends or unsuspends: a suspended card never enters the queue; its history stays. */
export async function setSuspended(db: Db, userId: string, input: unknown, suspended: boolean, now: Date = new Date()) {
  const { cardId } = parseInput(cardActionSchema, input);
  await ensureCard(db, userId, cardId);
  await db.userCard.upsert({
    where: { userId_cardId: { userId, cardId } },
    update: { suspended },
    create: { userId, cardId, due: now, suspended },
  });
  return { cardId, suspended };
}
