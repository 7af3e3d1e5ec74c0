import type { RenderedCard } from "../content/render-card";
import type { Db } from "../db";
import { weightedSample } from "../quiz/weighted-sample";
import { estimateContent } from "./estimate-content";
import { estimateSeed } from "./estimate-seed";

type Drawn = { cardId: string; type: string; weight: number };

/**
 * A mock interview asks at least one estimation question when the chosen chapters have one:
 * if the weighted draw picked none, one estimate card (drawn by weight) takes a random seat.
 */
export function ensureEstimate<T extends Drawn>(drawn: T[], candidates: T[], length: number, random: () => number): T[] {
  if (drawn.some((c) => c.type === "estimate")) return drawn;
  const [extra] = weightedSample(candidates.filter((c) => c.type === "estimate").map((c) => ({ item: c, weight: c.weight })), 1, random);
  if (!extra) return drawn;
  if (drawn.length < length) return [...drawn, extra];
  const seat = Math.floor(random() * drawn.length);
  return drawn.map((c, i) => (i === seat ? extra : c));
}

/** Each estimate question's face, drawn once when the quiz starts and stored with it (seeded by the quiz). */
export async function estimatePayloads(db: Db, drawn: Drawn[], quizId: string, locale: "en" | "zh" = "en"): Promise<Map<string, string>> {
  const ids = drawn.filter((c) => c.type === "estimate").map((c) => c.cardId);
  if (ids.length === 0) return new Map();
  const cards = await db.card.findMany({ where: { id: { in: ids } }, select: { id: true, rendered: true, renderedZh: true } });
  const payloads = new Map<string, string>();
  for (const card of cards) {
    // Drawn in the user's language at the start; the numbers (seed) are the same in both.
    const stored = JSON.parse((locale === "zh" && card.renderedZh) || card.rendered) as RenderedCard;
    if (!stored.estimateTemplate) continue;
    try {
      payloads.set(card.id, JSON.stringify(estimateContent(stored.estimateTemplate, estimateSeed(quizId, card.id, 0), stored.explanation)));
    } catch {
      // A template that cannot be worked is left out of the quiz (content:check prevents it).
    }
  }
  return payloads;
}
