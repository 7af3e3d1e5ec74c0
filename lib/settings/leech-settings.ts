import { z } from "zod";
import type { Db } from "../db";

export const LEECH_ACTIONS = ["suspend", "tag"] as const;
export type LeechSettings = { leechThreshold: number; leechAction: (typeof LEECH_ACTIONS)[number] };
export const DEFAULT_LEECH: LeechSettings = { leechThreshold: 8, leechAction: "suspend" };

export const leechSettingsSchema = {
  leechThreshold: z.number().int("the leech threshold must be a whole number").min(1).max(99).optional(),
  leechAction: z.enum(LEECH_ACTIONS).optional(),
};

/** A stored row as the review path may use it (a hand-edited unknown action falls back to suspend). */
export function toLeechSettings(row: { leechThreshold: number | null; leechAction: string | null } | null | undefined): LeechSettings {
  if (!row) return DEFAULT_LEECH;
  const threshold = Number.isInteger(row.leechThreshold) && row.leechThreshold! >= 1 ? row.leechThreshold! : DEFAULT_LEECH.leechThreshold;
  return { leechThreshold: threshold, leechAction: row.leechAction === "tag" ? "tag" : "suspend" };
}

export async function getLeechSettings(db: Db, userId: string): Promise<LeechSettings> {
  return toLeechSettings(await db.settings.findUnique({ where: { userId }, select: { leechThreshold: true, leechAction: true } }));
}
