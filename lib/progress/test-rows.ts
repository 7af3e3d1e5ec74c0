// Direct row inserts for progress tests: exact days, states and intervals that grading
// through submitReview could only reach by simulating months of reviews.
import { randomUUID } from "node:crypto";
import { State } from "ts-fsrs";
import type { Db } from "../db";

export type LogOverrides = { day: string; rating?: number; state?: number; scheduledDays?: number; durationMs?: number | null; review?: Date; cardId?: string };

export function insertLog(db: Db, userId: string, o: LogOverrides) {
  const review = o.review ?? new Date(`${o.day}T12:00:00Z`);
  return db.reviewLog.create({
    data: {
      id: randomUUID(),
      userId,
      cardId: o.cardId ?? "c1",
      rating: o.rating ?? 3,
      state: o.state ?? State.Review,
      due: review,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: o.scheduledDays ?? 0,
      learningSteps: 0,
      review,
      prevDue: review,
      durationMs: o.durationMs === undefined ? 5000 : o.durationMs,
      scheduler: "{}",
      cardAfter: "{}",
      day: o.day,
    },
  });
}

export type UserCardOverrides = { state?: number; due?: Date; stability?: number; lastReview?: Date | null; scheduledDays?: number; suspended?: boolean; buriedUntil?: Date | null };

export function insertUserCard(db: Db, userId: string, cardId: string, o: UserCardOverrides = {}) {
  return db.userCard.create({
    data: {
      userId,
      cardId,
      state: o.state ?? State.Review,
      due: o.due ?? new Date("2030-01-01T00:00:00Z"),
      stability: o.stability ?? 1,
      scheduledDays: o.scheduledDays ?? 0,
      lastReview: o.lastReview === undefined ? new Date("2020-01-01T00:00:00Z") : o.lastReview,
      suspended: o.suspended ?? false,
      buriedUntil: o.buriedUntil ?? null,
    },
  });
}

export function setTimezone(db: Db, userId: string, timezone: string) {
  return db.settings.upsert({ where: { userId }, update: { timezone }, create: { userId, timezone } });
}
