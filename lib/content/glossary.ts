import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

/** content/glossary.yaml: `- { en: "consistent hashing", zh: "一致性哈希" }`, one term a line. */
export const glossaryEntrySchema = z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1).optional() });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryTerm = { en: string; zh: string };

/** Terms a bilingual glossary needs once Chinese is on (issue #15). */
export const MIN_GLOSSARY_TERMS = 300;
export const GLOSSARY_FILE = "glossary.yaml";

/** Reads the glossary; a missing file is an empty glossary (the check decides whether that is allowed). */
export function readGlossary(contentDir: string): { file: string; exists: boolean; entries: GlossaryEntry[]; problems: string[] } {
  const file = path.join(contentDir, GLOSSARY_FILE);
  if (!existsSync(file)) return { file, exists: false, entries: [], problems: [] };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    return { file, exists: true, entries: [], problems: [`invalid YAML: ${(error as Error).message}`] };
  }
  const parsed = z.array(glossaryEntrySchema).safeParse(raw ?? []);
  if (!parsed.success) return { file, exists: true, entries: [], problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  return { file, exists: true, entries: parsed.data, problems: [] };
}
