import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { projectLocalized } from "../content/project-localized";

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

/** meta.json read in one language (`title` and `hints` may be `{ en, zh }`; the `i18n` stamp is dropped). */
export function readExerciseMeta(file: string, lang: "en" | "zh" = "en"): ExerciseMeta {
  return exerciseMetaSchema.parse(projectLocalized(JSON.parse(readFileSync(file, "utf8")), lang).value);
}

/** Every exercise's metadata (English), in catalog order of folder names; read once per process. */
export function listExercises(dir: string = EXERCISES_DIR): ExerciseMeta[] {
  if (cache && dir === EXERCISES_DIR) return cache;
  const metas = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => existsSync(path.join(dir, name, "meta.json")))
        .sort()
        .map((name) => readExerciseMeta(path.join(dir, name, "meta.json")))
    : [];
  if (dir === EXERCISES_DIR) cache = metas;
  return metas;
}

/** exerciseId → chapter id, for per-chapter statistics. */
export function exerciseChapters(): Map<string, string> {
  return new Map(listExercises().map((e) => [e.id, e.chapter]));
}
