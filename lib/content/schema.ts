import { z } from "zod";
import { estimateFields } from "../estimate/estimate-schema";

/**
 * The shape of everything under content/. Ids are stable forever: the database keys
 * every user's progress on them, so renaming an id is deleting a card.
 */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case (a-z, 0-9, single dashes)")
  .max(80);

const markdown = z.string().trim().min(1, "must not be empty");

export const interviewSchema = z.strictObject({
  frequency: z.enum(["high", "medium", "low"]),
  difficulty: z.enum(["easy", "medium", "hard"]),
});

const cardBase = {
  id: idSchema,
  explanation: markdown,
  interview: interviewSchema,
  tags: z.array(idSchema).default([]),
  exercises: z.array(idSchema).default([]),
};

export const basicCardSchema = z.strictObject({
  ...cardBase,
  type: z.literal("basic"),
  front: markdown,
  back: markdown,
});

/** `{{answer}}` or `{{answer::hint}}` marks a blank; every blank is hidden at once. */
export const CLOZE_PATTERN = /\{\{(.+?)(?:::(.+?))?\}\}/g;

export const clozeCardSchema = z.strictObject({
  ...cardBase,
  type: z.literal("cloze"),
  text: markdown.refine((t) => new RegExp(CLOZE_PATTERN.source).test(t), {
    message: "needs at least one {{blank}}",
  }),
});

export const mcqOptionSchema = z.strictObject({
  text: markdown,
  correct: z.boolean().default(false),
  why: z.string().trim().optional(),
});

export const mcqCardSchema = z
  .strictObject({
    ...cardBase,
    type: z.literal("mcq"),
    question: markdown,
    multiAnswer: z.boolean().default(false),
    options: z.array(mcqOptionSchema).min(2).max(6),
  })
  .superRefine((card, ctx) => {
    const correct = card.options.filter((o) => o.correct).length;
    if (!card.multiAnswer && correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `needs exactly one correct option (found ${correct}); set multiAnswer: true for several`,
      });
    }
    if (card.multiAnswer && correct < 1) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "needs at least one correct option" });
    }
    card.options.forEach((o, i) => {
      if (!o.correct && !o.why) {
        ctx.addIssue({ code: "custom", path: ["options", i, "why"], message: "a wrong option must say why it is wrong" });
      }
    });
  });

/** A back-of-the-envelope estimation template: new numbers every review (see lib/estimate). */
export const estimateCardSchema = z.strictObject({ ...cardBase, ...estimateFields });

export const cardSchema = z.discriminatedUnion("type", [basicCardSchema, clozeCardSchema, mcqCardSchema, estimateCardSchema]);

export const sectionFileSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1),
  seedHeading: z.string().trim().min(1),
  order: z.number().int().min(0),
  summary: z.string().trim().min(1),
  exercises: z.array(idSchema).default([]),
  cards: z.array(cardSchema).min(1),
});

export const chapterFileSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1),
  seedHeading: z.string().trim().min(1),
  order: z.number().int().min(0),
  summary: z.string().trim().min(1),
});

export const seedHeadingsSchema = z.array(
  z.strictObject({ level: z.number().int().min(1).max(6), text: z.string().min(1) }),
);

export type Card = z.infer<typeof cardSchema>;
export type CardType = Card["type"];
export type SectionFile = z.infer<typeof sectionFileSchema>;
export type ChapterFile = z.infer<typeof chapterFileSchema>;
