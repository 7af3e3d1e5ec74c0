import type { Db } from "../db";

export type UserSettings = {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  enableFuzz: boolean;
  learningSteps: string;
  relearningSteps: string;
  maximumInterval: number;
  timezone: string;
};

const select = {
  desiredRetention: true,
  newPerDay: true,
  reviewsPerDay: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
  maximumInterval: true,
  timezone: true,
} as const;

/** The user's settings; users created before settings existed get the defaults on first read. */
export async function getSettings(db: Db, userId: string): Promise<UserSettings> {
  const found = await db.settings.findUnique({ where: { userId }, select });
  return found ?? db.settings.upsert({ where: { userId }, update: {}, create: { userId }, select });
}
