import type { Card } from "./schema";

/** Every learner-facing text of a card (markdown), in one language. */
export function cardTexts(card: Card): string[] {
  if (card.type === "basic") return [card.front, card.back, card.explanation];
  if (card.type === "cloze") return [card.text, card.explanation];
  if (card.type === "estimate") return [card.prompt, card.explanation, ...card.assumptions, ...card.steps.map((s) => s.label)];
  return [card.question, card.explanation, ...card.options.flatMap((o) => [o.text, o.why ?? ""])];
}
