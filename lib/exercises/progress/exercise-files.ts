import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../../content/render-markdown";
import { AppError } from "../../errors";
import { EXERCISES_DIR, listExercises, type ExerciseMeta } from "../catalog";

export function findExercise(exerciseId: string): ExerciseMeta {
  const meta = listExercises().find((e) => e.id === exerciseId);
  if (!meta) throw AppError.notFound("exercise");
  return meta;
}

const read = (exerciseId: string, file: string) => {
  const p = path.join(EXERCISES_DIR, exerciseId, file);
  return existsSync(p) ? readFileSync(p, "utf8") : "";
};

const promptCache = new Map<string, string>();

/** The prompt as HTML (rendered once per process: it only changes with a deploy). */
export function promptHtml(exerciseId: string): string {
  let html = promptCache.get(exerciseId);
  if (html === undefined) {
    html = renderMarkdown(read(exerciseId, "prompt.md"));
    promptCache.set(exerciseId, html);
  }
  return html;
}

export const starterSource = (exerciseId: string) => read(exerciseId, "starter.ts");
export const referenceSource = (exerciseId: string) => read(exerciseId, "reference.ts");
