import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** exercises/<id>/meta.json: what the app needs to list and schedule an exercise. */
export const exerciseMetaSchema = z.strictObject({
  id: z.string(),
  /** position in the catalog (CATALOG.md order), unique; gaps allow inserting exercises. Every
   *  folder has one (lib/exercises/registry.test.ts); optional only for hand-built test metas. */
  order: z.number().int().optional(),
  title: z.string(),
  chapter: z.string(),
  section: z.string(),
  difficulty: z.enum(["easy", "medium", "hard"]),
  noMapSet: z.boolean(),
  hints: z.array(z.string()).length(3),
});

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

export const EXERCISES_DIR = path.resolve(process.cwd(), "exercises");

let cache: ExerciseMeta[] | undefined;

/** Every exercise's metadata, in catalog order of folder names; read once per process. */
export function listExercises(dir: string = EXERCISES_DIR): ExerciseMeta[] {
  if (cache && dir === EXERCISES_DIR) return cache;
  const metas = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => existsSync(path.join(dir, name, "meta.json")))
        .sort()
        .map((name) => exerciseMetaSchema.parse(JSON.parse(readFileSync(path.join(dir, name, "meta.json"), "utf8"))))
    : [];
  if (dir === EXERCISES_DIR) cache = metas;
  return metas;
}

/** exerciseId → chapter id, for per-chapter statistics. */
export function exerciseChapters(): Map<string, string> {
  return new Map(listExercises().map((e) => [e.id, e.chapter]));
}
