import type { RenderedCard } from "../content/render-card";
import { estimateContent } from "./estimate-content";
import { estimateSeed } from "./estimate-seed";

type QueueLike = { cardId: string; type: string; content: RenderedCard; state: { reps: number } | null };

/**
 * Estimate cards get freshly drawn numbers per review (seeded by user, card and repetition, so
 * a reload shows the same question). The stored template stays on the server; a card whose
 * template cannot be worked is skipped rather than shown broken.
 */
export function withEstimateFaces<T extends QueueLike>(cards: T[], owner: string): T[] {
  if (!cards.some((c) => c.type === "estimate")) return cards;
  return cards.flatMap((card) => {
    if (card.type !== "estimate") return [card];
    const template = card.content.estimateTemplate;
    if (!template) return [];
    try {
      const content = estimateContent(template, estimateSeed(owner, card.cardId, card.state?.reps ?? 0), card.content.explanation);
      const { exercises, terms } = card.content;
      return [{ ...card, content: { ...content, ...(exercises ? { exercises } : {}), ...(terms ? { terms } : {}) } }];
    } catch {
      return [];
    }
  });
}
