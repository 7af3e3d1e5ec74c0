import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type SeedHeading = { level: number; text: string };

/** The seed notes live beside the repository (shared/ next to the clone), not inside it. */
export const SEED_FILE = path.resolve(process.cwd(), "../shared/seed/go-base-notes.md");

/** ATX headings outside fenced code blocks: `# x` inside a ``` block is code, not structure. */
export function parseSeedHeadings(markdown: string): SeedHeading[] {
  const headings: SeedHeading[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) headings.push({ level: match[1].length, text: match[2].trim() });
  }
  return headings;
}

export function readSeedHeadings(file: string = SEED_FILE): SeedHeading[] | null {
  return existsSync(file) ? parseSeedHeadings(readFileSync(file, "utf8")) : null;
}

/**
 * The headings that must each be covered by a chapter or section: a heading is covered
 * directly (some chapter/section names it as seedHeading) or through a covered descendant.
 * Returns the uncovered ones.
 */
export function uncoveredHeadings(headings: SeedHeading[], covered: Set<string>): SeedHeading[] {
  const missing: SeedHeading[] = [];
  headings.forEach((heading, i) => {
    if (covered.has(heading.text)) return;
    // Descendants: the following headings until one of the same or a higher level.
    for (let j = i + 1; j < headings.length && headings[j].level > heading.level; j++) {
      if (covered.has(headings[j].text)) return;
    }
    missing.push(heading);
  });
  return missing;
}
