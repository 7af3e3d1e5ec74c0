import { State, type Grade } from "ts-fsrs";
import type { ExportCard, ExportReview } from "../anki/build-anki-export-model";
import { readCardSource } from "../cards/card-source";
import { sourceOfContentCard } from "../cards/copy-card-to-deck";
import { contentOnDisk, type ContentCardLookup } from "../cards/content-card-lookup";
import type { Db } from "../db";
import { AppError } from "../errors";
import { cardAfterSchema } from "../review/review-log-json";
import { readJsonColumn } from "../db/json-column";
import { exportContent, exportRendered } from "./export-content";

export type ExportDeck = { name: string; cards: ExportCard[] };

const renderedOf = (text: string) => JSON.parse(text) as { prompt: string; answer: string; explanation: string };

/**
 * The cards of one of the user's live decks, or of a built-in chapter, as export cards with
 * the user's schedule, tags and (with history) reviews. Anything else is 404.
 */
export async function loadExportCards(db: Db, userId: string, deckOrChapterId: string, options: { history: boolean; lookup?: ContentCardLookup }): Promise<ExportDeck> {
  const lookup = options.lookup ?? contentOnDisk;
  const deck = await db.deck.findFirst({ where: { id: deckOrChapterId, userId, deletedAt: null } });
  const chapter = deck ? null : await db.chapter.findFirst({ where: { id: deckOrChapterId, retiredAt: null } });
  if (!deck && !chapter) throw AppError.notFound("deck");
  const name = deck?.name ?? chapter!.title;
  const rows = await db.card.findMany({
    where: deck ? { ownerId: userId, deckId: deck.id, retiredAt: null } : { ownerId: null, retiredAt: null, section: { chapterId: chapter!.id } },
    orderBy: deck ? [{ createdAt: "asc" }, { id: "asc" }] : [{ globalOrder: "asc" }],
    select: { id: true, source: true, rendered: true, userCards: { where: { userId } }, tags: { where: { userId }, select: { tag: true } } },
  });
  const reviews = options.history ? await loadReviews(db, userId, rows.map((r) => r.id)) : new Map<string, ExportReview[]>();
  const cards = rows.map((row): ExportCard => {
    const found = row.source === null ? lookup(row.id) : undefined;
    const source = row.source !== null ? readCardSource(row.source) : found ? sourceOfContentCard(found) : null;
    const uc = row.userCards[0];
    return {
      id: row.id,
      deckName: name,
      content: source ? exportContent(source) : exportRendered(renderedOf(row.rendered)),
      tags: row.tags.map((t) => t.tag),
      schedule: uc && uc.state !== State.New ? { state: uc.state as State, due: uc.due, scheduledDays: uc.scheduledDays, reps: uc.reps, lapses: uc.lapses } : null,
      suspended: uc?.suspended ?? false,
      reviews: reviews.get(row.id) ?? [],
    };
  });
  return { name, cards };
}

async function loadReviews(db: Db, userId: string, cardIds: string[]): Promise<Map<string, ExportReview[]>> {
  const byCard = new Map<string, ExportReview[]>();
  for (let i = 0; i < cardIds.length; i += 500) {
    const logs = await db.reviewLog.findMany({
      where: { userId, cardId: { in: cardIds.slice(i, i + 500) } },
      orderBy: [{ review: "asc" }, { createdAt: "asc" }],
      select: { cardId: true, review: true, rating: true, durationMs: true, state: true, cardAfter: true },
    });
    for (const log of logs) {
      const after = readJsonColumn(cardAfterSchema, log.cardAfter, "ReviewLog.cardAfter");
      const review: ExportReview = { review: log.review, rating: log.rating as Grade, durationMs: log.durationMs, stateBefore: log.state as State, scheduledDaysAfter: after.scheduledDays, dueAfter: new Date(after.due) };
      byCard.set(log.cardId, [...(byCard.get(log.cardId) ?? []), review]);
    }
  }
  return byCard;
}
