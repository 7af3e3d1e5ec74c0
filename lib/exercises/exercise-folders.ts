/**
 * The exercise registry's source of truth: the folders under exercises/. A folder is an exercise
 * when it has a meta.json; its order in the catalog is meta.json's `order`. Node only (reads the
 * disk); the browser bundle and the worker use lib/exercises/registry.generated.ts, which
 * scripts/generate-exercise-registry.ts writes from this list (a test fails when it is stale).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type ExerciseFolder = { id: string; order: number; dir: string };

/** Every folder with a meta.json, in catalog order (`order`, then id). */
export function listExerciseFolders(exercisesDir: string): ExerciseFolder[] {
  if (!existsSync(exercisesDir)) return [];
  return readdirSync(exercisesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(exercisesDir, d.name, "meta.json")))
    .map((d) => {
      const meta = JSON.parse(readFileSync(path.join(exercisesDir, d.name, "meta.json"), "utf8")) as { order?: unknown };
      return { id: d.name, order: typeof meta.order === "number" ? meta.order : Number.MAX_SAFE_INTEGER, dir: path.join(exercisesDir, d.name) };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** What a folder lacks to be a complete exercise (empty when complete). */
export function missingExerciseFiles(folder: ExerciseFolder): string[] {
  const missing = ["meta.json", "prompt.md", "spec.ts", "reference.ts", "starter.ts"].filter((f) => !existsSync(path.join(folder.dir, f)));
  const bugsDir = path.join(folder.dir, "bugs");
  const bugs = existsSync(bugsDir) ? readdirSync(bugsDir).filter((f) => f.endsWith(".ts")).length : 0;
  if (bugs < 3) missing.push(`bugs/*.ts (has ${bugs}, needs at least 3 fixtures)`);
  return missing;
}
