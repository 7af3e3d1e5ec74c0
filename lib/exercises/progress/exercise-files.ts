import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../../content/render-markdown";
import { AppError } from "../../errors";
import { EXERCISES_DIR, listExercises, readExerciseMeta, type ExerciseMeta } from "../catalog";
import { PROMPT_ZH } from "../exercise-translations";

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

/**
 * The prompt as HTML in `locale` (rendered once per process: it only changes with a deploy);
 * English while the exercise has no prompt.zh.md.
 */
export function promptHtml(exerciseId: string, locale: "en" | "zh" = "en"): string {
  const key = `${locale}:${exerciseId}`;
  let html = promptCache.get(key);
  if (html === undefined) {
    const source = (locale === "zh" && read(exerciseId, PROMPT_ZH)) || read(exerciseId, "prompt.md");
    html = renderMarkdown(source);
    promptCache.set(key, html);
  }
  return html;
}

const metaZhCache = new Map<string, ExerciseMeta>();

/** The exercise's metadata with its title and hints in `locale` (each English where it has no Chinese). */
export function localizedMeta(meta: ExerciseMeta, locale: "en" | "zh"): ExerciseMeta {
  if (locale === "en") return meta;
  let zh = metaZhCache.get(meta.id);
  if (!zh) {
    zh = readExerciseMeta(path.join(EXERCISES_DIR, meta.id, "meta.json"), "zh");
    metaZhCache.set(meta.id, zh);
  }
  return zh;
}

export const starterSource = (exerciseId: string) => read(exerciseId, "starter.ts");
export const referenceSource = (exerciseId: string) => read(exerciseId, "reference.ts");
