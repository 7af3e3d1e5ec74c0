import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectLocalized } from "../content/project-localized";
import { stampSchema, staleTranslation, type TranslationUnit } from "../content/translation-units";
import { EXERCISES_DIR } from "./catalog";

export const PROMPT_ZH = "prompt.zh.md";

const readText = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim() : "");

/**
 * Each exercise as one translation unit: its title and hints (meta.json, `{ en, zh }`) and its
 * prompt (prompt.md + prompt.zh.md), stamped in meta.json's `i18n`.
 */
export function exerciseTranslations(dir: string = EXERCISES_DIR): TranslationUnit[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "meta.json")))
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "meta.json");
      const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const en = projectLocalized(raw, "en");
      const zh = projectLocalized(raw, "zh");
      const promptZh = readText(path.join(dir, name, PROMPT_ZH));
      const stamp = stampSchema.safeParse(raw.i18n);
      return {
        kind: "exercise" as const,
        id: name,
        file,
        where: `exercise ${name}`,
        at: [],
        en: [...en.texts, ["prompt.md", readText(path.join(dir, name, "prompt.md"))] as [string, string]],
        zh: zh.texts.length || promptZh ? [...zh.texts, ["prompt.md", promptZh] as [string, string]] : [],
        missing: [...zh.missing, ...(promptZh ? [] : [PROMPT_ZH])],
        stamp: stamp.success ? stamp.data : null,
      };
    });
}

/** content:check's problems for exercises: a missing Chinese side once Chinese is on, and stale translations. */
export function checkExerciseTranslations(zhOn: boolean, dir: string = EXERCISES_DIR): { file: string; message: string }[] {
  const problems: { file: string; message: string }[] = [];
  for (const unit of exerciseTranslations(dir)) {
    if (zhOn) for (const field of unit.missing) problems.push({ file: unit.file, message: `${field}: lacks zh (every text is { en, zh } once content/languages.json has "zh")` });
    const stale = staleTranslation(unit);
    if (stale) problems.push({ file: unit.file, message: stale });
  }
  return problems;
}
