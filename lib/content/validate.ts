import path from "node:path";
import { readFileSync, existsSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { checkAnswerCues, type AnswerCueFigures } from "./check-answer-cues";
import { compileSnippets, extractTsSnippets, type Snippet } from "./compile-snippets";
import { countNoteWords, HAN_PER_WORD } from "./count-note-words";
import { EXERCISE_IDS } from "./exercise-ids";
import { checkEstimateTemplate } from "../estimate/check-estimate-template";
import { CONTENT_DIR, loadContent, NOTE_ZH, type ContentProblem, type LoadedChapter } from "./load";
import type { Lang } from "./languages";
import { checkGlossary } from "./check-glossary";
import { cardTexts } from "./card-texts";

export { cardTexts };
import { staleTranslation, type TranslationUnit } from "./translation-units";
import { CLOZE_PATTERN, seedHeadingsSchema, type Card } from "./schema";
import { readSeedHeadings, SEED_FILE, uncoveredHeadings, type SeedHeading } from "./seed-headings";

export const MIN_CARDS_PER_SECTION = 8;
export const NOTE_WORDS = { min: 150, max: 500 } as const;
const FREQUENCY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function cardPrompt(card: Card): string {
  if (card.type === "basic") return card.front;
  if (card.type === "cloze") return card.text;
  if (card.type === "estimate") return card.prompt;
  return card.question;
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function checkSections(chapters: LoadedChapter[], problems: ContentProblem[], snippets: Snippet[]) {
  checkTranslatedTexts(zhView(chapters), problems, snippets, new Map(chapters.flatMap((c) => c.sections.flatMap((s) => s.cards.map((card) => [card.id, card])))));
  const ids = new Map<string, string>();
  const prompts = new Map<string, string>();
  const claim = (map: Map<string, string>, key: string, file: string, what: string) => {
    const previous = map.get(key);
    if (previous) problems.push({ file, message: `duplicate ${what} (also in ${previous})` });
    else map.set(key, file);
  };
  const knownExercises = new Set<string>(EXERCISE_IDS);
  for (const chapter of chapters) {
    claim(ids, chapter.id, path.join(chapter.dir, "chapter.yaml"), `id "${chapter.id}"`);
    for (const section of chapter.sections) {
      const file = path.join(section.dir, "section.yaml");
      const noteFile = path.join(section.dir, "note.md");
      claim(ids, section.id, file, `id "${section.id}"`);
      if (section.cards.length < MIN_CARDS_PER_SECTION) {
        problems.push({ file, message: `cards: has ${section.cards.length}, needs at least ${MIN_CARDS_PER_SECTION}` });
      }
      const words = countNoteWords(section.note);
      if (section.note && (words < NOTE_WORDS.min || words > NOTE_WORDS.max)) {
        problems.push({ file: noteFile, message: `has ${words} words, needs ${NOTE_WORDS.min}–${NOTE_WORDS.max}` });
      }
      extractTsSnippets(section.note).forEach((code, i) => snippets.push({ file: noteFile, label: `snippet ${i + 1}`, code }));
      for (const exercise of section.exercises) {
        if (!knownExercises.has(exercise)) problems.push({ file, message: `exercises: unknown exercise id "${exercise}"` });
      }
      let lastRank = 0;
      section.cards.forEach((card, i) => {
        const where = `cards.${i} (${card.id})`;
        claim(ids, card.id, file, `id "${card.id}"`);
        claim(prompts, normalise(cardPrompt(card)), `${file} ${where}`, `question`);
        const rank = FREQUENCY_RANK[card.interview.frequency];
        if (rank < lastRank) {
          problems.push({ file, message: `${where}.interview.frequency: order cards by interview frequency, high first` });
        }
        lastRank = Math.max(lastRank, rank);
        for (const exercise of card.exercises) {
          if (!knownExercises.has(exercise)) problems.push({ file, message: `${where}.exercises: unknown exercise id "${exercise}"` });
        }
        if (card.type === "estimate") for (const message of checkEstimateTemplate(card)) problems.push({ file, message: `${where}: ${message}` });
        for (const text of cardTexts(card)) {
          extractTsSnippets(text).forEach((code, j) => snippets.push({ file, label: `${where} snippet ${j + 1}`, code }));
        }
      });
    }
  }
}

/**
 * The Chinese side of the deck for the checks that read text: each section's Chinese note and
 * its fully translated cards (a half-translated card mixes languages, so its figures would lie).
 */
export function zhView(chapters: LoadedChapter[]): LoadedChapter[] {
  return chapters.map((chapter) => ({
    ...chapter,
    sections: chapter.sections.flatMap((s) => {
      const zh = s.zh;
      if (!zh) return [];
      return [{ ...s, note: zh.note ?? "", cards: zh.cards.filter((c) => zh.complete.has(c.id) && zh.translated.has(c.id)) }];
    }),
  }));
}

/** The text checks on the Chinese side: note length, duplicate questions, snippets that differ from the English ones. */
const blankCount = (text: string) => [...text.matchAll(new RegExp(CLOZE_PATTERN.source, "g"))].length;
const slotSet = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(", ");

function checkTranslatedTexts(chapters: LoadedChapter[], problems: ContentProblem[], snippets: Snippet[], english: Map<string, Card>) {
  const prompts = new Map<string, string>();
  for (const section of chapters.flatMap((c) => c.sections)) {
    const file = path.join(section.dir, "section.yaml");
    const noteFile = path.join(section.dir, NOTE_ZH);
    const words = countNoteWords(section.note);
    if (section.note && (words < NOTE_WORDS.min || words > NOTE_WORDS.max)) {
      problems.push({ file: noteFile, message: `has ${words} words (${HAN_PER_WORD} Han characters a word), needs ${NOTE_WORDS.min}–${NOTE_WORDS.max}` });
    }
    extractTsSnippets(section.note).forEach((code, i) => snippets.push({ file: noteFile, label: `snippet ${i + 1}`, code }));
    section.cards.forEach((card, i) => {
      const where = `cards.${i} (${card.id})`;
      const key = normalise(cardPrompt(card));
      const previous = prompts.get(key);
      if (previous) problems.push({ file, message: `${where}: duplicate zh question (also in ${previous})` });
      else prompts.set(key, `${file} ${where}`);
      const en = english.get(card.id);
      if (card.type === "cloze" && en?.type === "cloze" && blankCount(card.text) !== blankCount(en.text)) {
        problems.push({ file, message: `${where}.text: the Chinese has ${blankCount(card.text)} blanks, the English ${blankCount(en.text)}` });
      }
      if (card.type === "estimate" && en?.type === "estimate" && slotSet(card.prompt) !== slotSet(en.prompt)) {
        problems.push({ file, message: `${where}.prompt: the Chinese has slots {${slotSet(card.prompt)}}, the English {${slotSet(en.prompt)}}` });
      }
      for (const text of cardTexts(card)) {
        extractTsSnippets(text).forEach((code, j) => snippets.push({ file, label: `${where} zh snippet ${j + 1}`, code }));
      }
    });
  }
}


export const SEED_HEADINGS_FILE = path.join(CONTENT_DIR, "seed-headings.yaml");

function checkSeedCoverage(chapters: LoadedChapter[], problems: ContentProblem[], seedFile: string, headingsFile: string) {
  if (!existsSync(headingsFile)) {
    problems.push({ file: headingsFile, message: "missing: the list of seed headings" });
    return;
  }
  const parsed = seedHeadingsSchema.safeParse(parseYaml(readFileSync(headingsFile, "utf8")));
  if (!parsed.success) {
    problems.push({ file: headingsFile, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
    return;
  }
  const listed: SeedHeading[] = parsed.data;
  const fromSeed = readSeedHeadings(seedFile);
  if (fromSeed) {
    const key = (h: SeedHeading) => `${h.level}:${h.text}`;
    const listedKeys = new Set(listed.map(key));
    const seedKeys = new Set(fromSeed.map(key));
    for (const h of fromSeed) if (!listedKeys.has(key(h))) problems.push({ file: headingsFile, message: `seed heading missing from the list: ${"#".repeat(h.level)} ${h.text}` });
    for (const h of listed) if (!seedKeys.has(key(h))) problems.push({ file: headingsFile, message: `listed heading not in the seed: ${"#".repeat(h.level)} ${h.text}` });
  }
  const listedTexts = new Set(listed.map((h) => h.text));
  const covered = new Set<string>();
  for (const chapter of chapters) {
    covered.add(chapter.seedHeading);
    if (!listedTexts.has(chapter.seedHeading)) problems.push({ file: path.join(chapter.dir, "chapter.yaml"), message: `seedHeading: "${chapter.seedHeading}" is not a seed heading` });
    for (const section of chapter.sections) {
      covered.add(section.seedHeading);
      if (!listedTexts.has(section.seedHeading)) problems.push({ file: path.join(section.dir, "section.yaml"), message: `seedHeading: "${section.seedHeading}" is not a seed heading` });
    }
  }
  // A chapter heading counts as covered only through its sections: a chapter with no sections teaches nothing.
  const sectionCovered = new Set(chapters.flatMap((c) => (c.sections.length ? [c.seedHeading, ...c.sections.map((s) => s.seedHeading)] : [])));
  for (const h of uncoveredHeadings(listed, sectionCovered)) {
    problems.push({ file: headingsFile, message: `seed heading has no section: ${"#".repeat(h.level)} ${h.text}` });
  }
}

export type ValidationResult = {
  chapters: LoadedChapter[];
  problems: ContentProblem[];
  /** Answer-cue figures over the checked scope, then per chapter of that scope; `zh` over the translated cards. */
  figures: { scope: AnswerCueFigures; perChapter: { id: string; figures: AnswerCueFigures }[]; zh: AnswerCueFigures };
  languages: Lang[];
  translations: TranslationUnit[];
};

export function validateContent(
  options: {
    contentDir?: string;
    seedFile?: string;
    compile?: boolean;
    /**
     * Limits the answer-cue checks (MCQ length share and ratio, cloze leaks) to these chapter
     * ids; every other check still covers the whole deck. Default: every chapter.
     */
    cueChapters?: string[];
  } = {},
): ValidationResult {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const { chapters, problems, languages, translations } = loadContent(contentDir);
  const snippets: Snippet[] = [];
  checkSections(chapters, problems, snippets);
  checkSeedCoverage(chapters, problems, options.seedFile ?? SEED_FILE, path.join(contentDir, "seed-headings.yaml"));
  const known = new Set(chapters.map((c) => c.id));
  for (const id of options.cueChapters ?? []) {
    if (!known.has(id)) problems.push({ file: contentDir, message: `--chapter: no chapter "${id}"` });
  }
  const inScope = options.cueChapters ? chapters.filter((c) => options.cueChapters?.includes(c.id)) : chapters;
  const scopeFile = inScope.length === 1 ? path.join(inScope[0].dir, "chapter.yaml") : contentDir;
  const cues = checkAnswerCues(inScope, scopeFile);
  problems.push(...cues.problems);
  const perChapter = inScope.map((c) => ({ id: c.id, figures: checkAnswerCues([c], c.dir).figures }));
  // The same cues in Chinese: a translation can make the right option the long one.
  const zhCues = checkAnswerCues(zhView(inScope), scopeFile);
  problems.push(...zhCues.problems.map((p) => ({ ...p, message: `zh: ${p.message}` })));
  for (const unit of translations) {
    const stale = staleTranslation(unit);
    if (stale) problems.push({ file: unit.file, message: stale });
  }
  problems.push(...checkGlossary(chapters, contentDir, languages.includes("zh")));
  // A translation keeps most code blocks as they are: compile each distinct snippet once.
  const distinct = [...new Map(snippets.map((s) => [s.code, s])).values()];
  if (options.compile !== false) problems.push(...compileSnippets(distinct));
  return { chapters, problems, figures: { scope: cues.figures, perChapter, zh: zhCues.figures }, languages, translations };
}
