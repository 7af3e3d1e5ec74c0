import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The content languages, English first: English is the fallback of every other. */
export const LANGUAGES = ["en", "zh"] as const;
export type Lang = (typeof LANGUAGES)[number];
export const langSchema = z.enum(LANGUAGES);

const languagesFileSchema = z.union([z.tuple([z.literal("en")]), z.tuple([z.literal("en"), z.literal("zh")])]);

/**
 * content/languages.json: the transitional switch. `["en"]` while the Chinese drafts are not
 * merged (a plain string is read as `{ en }`); `["en","zh"]` once they are (every text field
 * must then be `{ en, zh }`). A missing file means `["en"]`.
 */
export function readContentLanguages(contentDir: string): { languages: Lang[]; problem: string | null } {
  const file = path.join(contentDir, "languages.json");
  if (!existsSync(file)) return { languages: ["en"], problem: null };
  try {
    const parsed = languagesFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return { languages: [...parsed.data], problem: null };
  } catch {
    // reported below
  }
  return { languages: ["en"], problem: `must be ["en"] or ["en","zh"]` };
}
