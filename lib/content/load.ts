import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { chapterFileSchema, sectionFileSchema, type ChapterFile, type SectionFile } from "./schema";

export type LoadedSection = SectionFile & { chapterId: string; note: string; dir: string };
export type LoadedChapter = ChapterFile & { dir: string; sections: LoadedSection[] };
export type ContentProblem = { file: string; message: string };
export type LoadResult = { chapters: LoadedChapter[]; problems: ContentProblem[] };

export const CONTENT_DIR = path.resolve(process.cwd(), "content");

function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
}

function readYaml<S extends z.ZodType>(file: string, schema: S, problems: ContentProblem[]): z.infer<S> | null {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file, message: `invalid YAML: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const message of formatZodIssues(parsed.error)) problems.push({ file, message });
    return null;
  }
  return parsed.data;
}

function subdirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** Reads content/ into memory, collecting every problem instead of stopping at the first. */
export function loadContent(contentDir: string = CONTENT_DIR): LoadResult {
  const problems: ContentProblem[] = [];
  const chapters: LoadedChapter[] = [];
  for (const chapterDirName of subdirs(contentDir)) {
    const dir = path.join(contentDir, chapterDirName);
    const chapterFile = path.join(dir, "chapter.yaml");
    if (!existsSync(chapterFile)) {
      problems.push({ file: chapterFile, message: "missing: every chapter folder needs a chapter.yaml" });
      continue;
    }
    const chapter = readYaml(chapterFile, chapterFileSchema, problems);
    if (!chapter) continue;
    if (chapter.id !== chapterDirName) {
      problems.push({ file: chapterFile, message: `id: "${chapter.id}" must equal its folder name "${chapterDirName}"` });
    }
    const sections: LoadedSection[] = [];
    for (const sectionDirName of subdirs(dir)) {
      const sectionDir = path.join(dir, sectionDirName);
      const sectionFile = path.join(sectionDir, "section.yaml");
      const noteFile = path.join(sectionDir, "note.md");
      if (!existsSync(sectionFile)) {
        problems.push({ file: sectionFile, message: "missing: every section folder needs a section.yaml" });
        continue;
      }
      const section = readYaml(sectionFile, sectionFileSchema, problems);
      if (!section) continue;
      if (section.id !== sectionDirName) {
        problems.push({ file: sectionFile, message: `id: "${section.id}" must equal its folder name "${sectionDirName}"` });
      }
      const note = existsSync(noteFile) ? readFileSync(noteFile, "utf8").trim() : "";
      if (!note) problems.push({ file: noteFile, message: "missing or empty: every section needs a note" });
      sections.push({ ...section, chapterId: chapter.id, note, dir: sectionDir });
    }
    sections.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    chapters.push({ ...chapter, dir, sections });
  }
  chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { chapters, problems };
}
