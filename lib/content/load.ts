import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { readContentLanguages, type Lang } from "./languages";
import { projectLocalized, STAMP_KEY } from "./project-localized";
import { chapterFileSchema, sectionFileSchema, type Card, type ChapterFile, type SectionFile } from "./schema";
import { stampSchema, type Stamp, type TranslationUnit } from "./translation-units";

/**
 * The Chinese side of a section: every text in Chinese where it exists, English where not (so it
 * always renders). `translated` holds the card ids with any Chinese, `complete` those with all of it.
 */
export type ZhSection = { title: string | null; summary: string | null; note: string | null; cards: Card[]; translated: Set<string>; complete: Set<string> };
export type LoadedSection = SectionFile & { chapterId: string; note: string; dir: string; zh?: ZhSection };
export type LoadedChapter = ChapterFile & { dir: string; sections: LoadedSection[]; zh?: { title: string | null; summary: string | null } };
export type ContentProblem = { file: string; message: string };
export type LoadResult = { chapters: LoadedChapter[]; problems: ContentProblem[]; languages: Lang[]; translations: TranslationUnit[] };

export const CONTENT_DIR = path.resolve(process.cwd(), "content");
export const NOTE_ZH = "note.zh.md";

export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
}

function readRaw(file: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file, message: `invalid YAML: ${(error as Error).message}` });
    return undefined;
  }
}

function parseWith<S extends z.ZodType>(file: string, schema: S, value: unknown, problems: ContentProblem[]): z.infer<S> | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const message of formatZodIssues(parsed.error)) problems.push({ file, message });
    return null;
  }
  return parsed.data;
}

function readStamp(owner: unknown, file: string, where: string, problems: ContentProblem[]): Stamp | null {
  const raw = owner && typeof owner === "object" ? (owner as Record<string, unknown>)[STAMP_KEY] : undefined;
  if (raw === undefined) return null;
  const parsed = stampSchema.safeParse(raw);
  if (!parsed.success) problems.push({ file, message: `${where}.${STAMP_KEY}: must be { en: <hash>, zh: <hash> } (written by npm run content:stamp)` });
  return parsed.success ? parsed.data : null;
}

/**
 * Reads one localized YAML file in both languages. While content is English-only a plain string
 * counts as `{ en }`; once languages.json says ["en","zh"], every text field needs both.
 */
function readLocalized<S extends z.ZodType>(file: string, schema: S, languages: Lang[], problems: ContentProblem[]) {
  const raw = readRaw(file, problems);
  if (raw === undefined) return null;
  const en = projectLocalized(raw, "en");
  const zh = projectLocalized(raw, "zh");
  for (const where of en.misplaced) problems.push({ file, message: `${where}: not a text field, so it cannot have languages` });
  const value = parseWith(file, schema, en.value, problems);
  if (!value) return null;
  // The Chinese must satisfy the same schema (a cloze still needs its blanks); English stands in where it does not.
  let zhParsed = schema.safeParse(zh.value);
  if (!zhParsed.success) {
    for (const message of formatZodIssues(zhParsed.error)) problems.push({ file, message: `zh: ${message}` });
    // Only the broken cards fall back to English, so the other cards' Chinese is still checked.
    const broken = new Set(zhParsed.error.issues.filter((i) => i.path[0] === "cards").map((i) => Number(i.path[1])));
    const patched = zh.value as { cards?: unknown[] };
    const english = en.value as { cards?: unknown[] };
    if (patched.cards && english.cards) patched.cards = patched.cards.map((card, i) => (broken.has(i) ? english.cards?.[i] : card));
    zhParsed = schema.safeParse(patched);
  }
  const zhValue = (zhParsed.success ? zhParsed.data : value) as z.infer<S>;
  if (languages.includes("zh")) for (const where of zh.missing) problems.push({ file, message: `${where}: lacks zh (every text field is { en, zh } once content/languages.json has "zh")` });
  return { raw, value, zhValue, en, zh };
}

function subdirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

const pathOf = (entry: string | [string, string]) => (typeof entry === "string" ? entry : entry[0]);
const under = <T extends string | [string, string]>(prefix: string, list: T[]) => list.filter((e) => pathOf(e).startsWith(prefix));
const outside = <T extends string | [string, string]>(prefix: string, list: T[]) => list.filter((e) => !pathOf(e).startsWith(prefix));
const readNote = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim() : "");

/** Reads content/ into memory in every language, collecting every problem instead of stopping at the first. */
export function loadContent(contentDir: string = CONTENT_DIR): LoadResult {
  const problems: ContentProblem[] = [];
  const chapters: LoadedChapter[] = [];
  const translations: TranslationUnit[] = [];
  const { languages, problem } = readContentLanguages(contentDir);
  if (problem) problems.push({ file: path.join(contentDir, "languages.json"), message: problem });
  const zhOn = languages.includes("zh");
  for (const chapterDirName of subdirs(contentDir)) {
    const dir = path.join(contentDir, chapterDirName);
    const chapterFile = path.join(dir, "chapter.yaml");
    if (!existsSync(chapterFile)) {
      problems.push({ file: chapterFile, message: "missing: every chapter folder needs a chapter.yaml" });
      continue;
    }
    const chapterRead = readLocalized(chapterFile, chapterFileSchema, languages, problems);
    if (!chapterRead) continue;
    const chapter = chapterRead.value;
    if (chapter.id !== chapterDirName) {
      problems.push({ file: chapterFile, message: `id: "${chapter.id}" must equal its folder name "${chapterDirName}"` });
    }
    const zhText = (proj: typeof chapterRead.zh, key: string) => proj.texts.find(([p]) => p === key)?.[1] ?? null;
    translations.push({ kind: "chapter", id: chapter.id, file: chapterFile, where: `chapter ${chapter.id}`, at: [], en: chapterRead.en.texts, zh: chapterRead.zh.texts, missing: chapterRead.zh.missing, stamp: readStamp(chapterRead.raw, chapterFile, "(root)", problems) });
    const sections: LoadedSection[] = [];
    for (const sectionDirName of subdirs(dir)) {
      const sectionDir = path.join(dir, sectionDirName);
      const sectionFile = path.join(sectionDir, "section.yaml");
      const noteFile = path.join(sectionDir, "note.md");
      const noteZhFile = path.join(sectionDir, NOTE_ZH);
      if (!existsSync(sectionFile)) {
        problems.push({ file: sectionFile, message: "missing: every section folder needs a section.yaml" });
        continue;
      }
      const read = readLocalized(sectionFile, sectionFileSchema, languages, problems);
      if (!read) continue;
      const section = read.value;
      if (section.id !== sectionDirName) {
        problems.push({ file: sectionFile, message: `id: "${section.id}" must equal its folder name "${sectionDirName}"` });
      }
      const note = readNote(noteFile);
      if (!note) problems.push({ file: noteFile, message: "missing or empty: every section needs a note" });
      const noteZh = readNote(noteZhFile) || null;
      if (zhOn && !noteZh) problems.push({ file: noteZhFile, message: "missing or empty: every section needs a Chinese note once content/languages.json has \"zh\"" });
      const sectionEn = outside("cards.", read.en.texts);
      const sectionZh = outside("cards.", read.zh.texts);
      translations.push({
        kind: "section",
        id: section.id,
        file: sectionFile,
        where: `section ${section.id}`,
        at: [],
        en: [...sectionEn, ["note", note] as [string, string]],
        zh: noteZh || sectionZh.length ? [...sectionZh, ["note", noteZh ?? ""] as [string, string]] : [],
        missing: [...outside("cards.", read.zh.missing), ...(noteZh ? [] : [NOTE_ZH])],
        stamp: readStamp(read.raw, sectionFile, "(root)", problems),
      });
      const translated = new Set<string>();
      const complete = new Set<string>();
      const rawCards = (read.raw as { cards: unknown[] }).cards;
      section.cards.forEach((card, i) => {
        const prefix = `cards.${i}.`;
        const zh = under(prefix, read.zh.texts);
        const missing = under(prefix, read.zh.missing);
        if (zh.length) translated.add(card.id);
        if (missing.length === 0) complete.add(card.id);
        const where = `cards.${i} (${card.id})`;
        translations.push({ kind: "card", id: card.id, file: sectionFile, where, at: ["cards", i], en: under(prefix, read.en.texts), zh, missing, stamp: readStamp(rawCards[i], sectionFile, where, problems) });
      });
      const zhSection: ZhSection = { title: zhText(read.zh, "title"), summary: zhText(read.zh, "summary"), note: noteZh, cards: read.zhValue.cards, translated, complete };
      sections.push({ ...section, chapterId: chapter.id, note, dir: sectionDir, zh: zhSection });
    }
    sections.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    chapters.push({ ...chapter, dir, sections, zh: { title: zhText(chapterRead.zh, "title"), summary: zhText(chapterRead.zh, "summary") } });
  }
  chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { chapters, problems, languages, translations };
}
