import { z } from "zod";
import { CLOZE_PATTERN, type Card as ContentCard } from "../content/schema";
import { renderCard, type RenderedCard } from "../content/render-card";
import { readJsonColumn } from "../db/json-column";

const markdown = z.string().trim().min(1, "must not be empty").max(20_000);
const explanation = z.string().trim().max(20_000).default("");

export const OWN_CARD_TYPES = ["basic", "cloze", "mcq"] as const;
export type OwnCardType = (typeof OWN_CARD_TYPES)[number];

/** The markdown an own card is written in (stored as JSON in Card.source), by type. */
export const cardSourceSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("basic"), front: markdown, back: markdown, explanation }),
  z.strictObject({
    type: z.literal("cloze"),
    text: markdown.refine((t) => new RegExp(CLOZE_PATTERN.source).test(t), { message: "needs at least one {{blank}} (Ctrl+Shift+C wraps the selection)" }),
    explanation,
  }),
  z
    .strictObject({
      type: z.literal("mcq"),
      question: markdown,
      multiAnswer: z.boolean().default(false),
      options: z.array(z.strictObject({ text: markdown, correct: z.boolean().default(false), why: z.string().trim().max(2000).optional() })).min(2).max(6),
      explanation,
    })
    .superRefine((card, ctx) => {
      const correct = card.options.filter((o) => o.correct).length;
      if (card.multiAnswer ? correct < 1 : correct !== 1) {
        ctx.addIssue({ code: "custom", path: ["options"], message: card.multiAnswer ? "needs at least one correct option" : `needs exactly one correct option (found ${correct})` });
      }
    }),
]);

export type CardSource = z.infer<typeof cardSourceSchema>;

/**
 * An own card rendered exactly as built-in content is (same renderer, same sanitizer): the
 * source is shaped as a content card and handed to renderCard.
 */
export function renderCardSource(id: string, source: CardSource): RenderedCard {
  const base = { id, explanation: source.explanation, interview: { frequency: "medium" as const, difficulty: "medium" as const }, tags: [] as string[], exercises: [] as string[] };
  const card: ContentCard =
    source.type === "mcq"
      ? { ...base, type: "mcq", question: source.question, multiAnswer: source.multiAnswer, options: source.options }
      : source.type === "cloze"
        ? { ...base, type: "cloze", text: source.text }
        : { ...base, type: "basic", front: source.front, back: source.back };
  return renderCard(card);
}

export const readCardSource = (text: string): CardSource => readJsonColumn(cardSourceSchema, text, "Card.source");
