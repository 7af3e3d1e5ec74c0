import { z } from "zod";
import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { estimateContent } from "../estimate/estimate-content";
import { estimateSeed } from "../estimate/estimate-seed";
import { getSettings } from "../settings/get-settings";
import type { Lang } from "./languages";
import type { RenderedCard } from "./render-card";
import { readRenderedCard } from "./rendered-card-schema";
import { withTermsSetting } from "./with-terms-setting";
import { idSchema } from "./schema";

/** Card ids are content ids or generated ones (`predict-…`): the same kebab-case shape. */
const cardIdSchema = z.strictObject({ cardId: idSchema });

/**
 * The card in the language the user is not studying in, for the review's `t` key: the same
 * card row (so nothing about its schedule changes) and, for an estimate, the same drawn numbers
 * as the queue shows (same seed). `fallback` is true when that language has no text for the card
 * and English is returned.
 */
export async function getCardOtherLanguage(db: Db, userId: string, input: unknown): Promise<{ cardId: string; locale: Lang; fallback: boolean; content: RenderedCard }> {
  const { cardId } = parseInput(cardIdSchema, input);
  const [settings, card, userCard] = await Promise.all([
    getSettings(db, userId),
    db.card.findFirst({ where: { id: cardId, retiredAt: null }, select: { type: true, rendered: true, renderedZh: true } }),
    db.userCard.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { reps: true } }),
  ]);
  if (!card) throw AppError.notFound("card");
  const locale: Lang = settings.locale === "zh" ? "en" : "zh";
  const text = locale === "zh" ? card.renderedZh : card.rendered;
  const stored = readRenderedCard(text ?? card.rendered);
  let content: RenderedCard = stored;
  if (card.type === "estimate" && stored.estimateTemplate) {
    const face = estimateContent(stored.estimateTemplate, estimateSeed(userId, cardId, userCard?.reps ?? 0), stored.explanation);
    content = { ...face, ...(stored.exercises ? { exercises: stored.exercises } : {}), ...(stored.terms ? { terms: stored.terms } : {}) };
  }
  return { cardId, locale, fallback: text === null, content: withTermsSetting(content, settings.showBilingualTerms) };
}
