import { z } from "zod";
import { readJsonColumn } from "../db/json-column";
import type { CardStateJson } from "./card-state";
import type { SchedulerSnapshot } from "./scheduler";
import { CARD_STATE_NAMES } from "./vocabulary";

export const schedulerSnapshotSchema = z.object({
  request_retention: z.number(),
  maximum_interval: z.number(),
  enable_fuzz: z.boolean(),
  enable_short_term: z.boolean(),
  learning_steps: z.array(z.templateLiteral([z.number(), z.enum(["m", "h", "d"])])),
  relearning_steps: z.array(z.templateLiteral([z.number(), z.enum(["m", "h", "d"])])),
}) satisfies z.ZodType<SchedulerSnapshot>;

export const cardAfterSchema = z.object({
  cardId: z.string(),
  state: z.enum(CARD_STATE_NAMES),
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  lastReview: z.string().nullable(),
}) satisfies z.ZodType<CardStateJson & { cardId: string }>;

export type ReviewLogJson = {
  id: string;
  cardId: string;
  rating: number;
  state: CardStateJson["state"];
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: string;
  durationMs: number | null;
  scheduler: SchedulerSnapshot;
  /** The due date load balancing or easy days chose instead of ts-fsrs's (replay applies it); null: ts-fsrs's. */
  chosenDue: string | null;
};

/** `leech`: present only on the review that made the card a leech (not on a replay of it). */
export type ReviewResult = { card: CardStateJson & { cardId: string }; log: ReviewLogJson; leech?: { tag: "leech"; suspended: boolean } };

/** A ReviewLog row as both storage paths read and write it. */
export type StoredLog = {
  id: string;
  userId: string;
  cardId: string;
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
  durationMs: number | null;
  scheduler: string;
  cardAfter: string;
  chosenDue: Date | null;
};

export function reviewLogJson(log: StoredLog): ReviewLogJson {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    state: CARD_STATE_NAMES[log.state],
    due: log.due.toISOString(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    review: log.review.toISOString(),
    durationMs: log.durationMs,
    scheduler: readJsonColumn(schedulerSnapshotSchema, log.scheduler, "ReviewLog.scheduler"),
    chosenDue: log.chosenDue ? log.chosenDue.toISOString() : null,
  };
}

/** The response stored with a review: a retry gets exactly what the first call got. */
export function storedResult(log: StoredLog): ReviewResult {
  return { card: readJsonColumn(cardAfterSchema, log.cardAfter, "ReviewLog.cardAfter"), log: reviewLogJson(log) };
}
