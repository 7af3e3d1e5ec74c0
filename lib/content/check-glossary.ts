import { glossaryFinder } from "./find-glossary-terms";
import { MIN_GLOSSARY_TERMS, readGlossary } from "./glossary";
import type { ContentProblem, LoadedChapter } from "./load";
import { cardTexts } from "./card-texts";

/** Every English and every Chinese text of the deck, one string per language (notes, titles, cards). */
function deckTexts(chapters: LoadedChapter[]): { en: string; zh: string } {
  const en: string[] = [];
  const zh: string[] = [];
  for (const chapter of chapters) {
    en.push(chapter.title, chapter.summary);
    zh.push(chapter.zh?.title ?? "", chapter.zh?.summary ?? "");
    for (const section of chapter.sections) {
      en.push(section.title, section.summary, section.note, ...section.cards.flatMap(cardTexts));
      if (section.zh) zh.push(section.zh.title ?? "", section.zh.summary ?? "", section.zh.note ?? "", ...section.zh.cards.filter((c) => section.zh?.translated.has(c.id)).flatMap(cardTexts));
    }
  }
  return { en: en.join("\n"), zh: zh.join("\n") };
}

/**
 * content/glossary.yaml: every term has both languages and is used somewhere in the content
 * (either language), no English term twice; once Chinese is on, the file exists and has at
 * least MIN_GLOSSARY_TERMS terms.
 */
export function checkGlossary(chapters: LoadedChapter[], contentDir: string, zhOn: boolean): ContentProblem[] {
  const glossary = readGlossary(contentDir);
  const problems: ContentProblem[] = glossary.problems.map((message) => ({ file: glossary.file, message }));
  if (!glossary.exists) {
    if (zhOn) problems.push({ file: glossary.file, message: `missing: the bilingual glossary (≥ ${MIN_GLOSSARY_TERMS} terms) is required once content/languages.json has "zh"` });
    return problems;
  }
  if (zhOn && glossary.entries.length < MIN_GLOSSARY_TERMS) {
    problems.push({ file: glossary.file, message: `has ${glossary.entries.length} terms, needs at least ${MIN_GLOSSARY_TERMS}` });
  }
  const texts = deckTexts(chapters);
  const seen = new Set<string>();
  glossary.entries.forEach((entry, i) => {
    const where = `${i} (${entry.en})`;
    const key = entry.en.toLowerCase();
    if (seen.has(key)) problems.push({ file: glossary.file, message: `${where}: duplicate term` });
    seen.add(key);
    if (!entry.zh) {
      problems.push({ file: glossary.file, message: `${where}: lacks zh` });
      return;
    }
    if (glossaryFinder([entry])(texts.en, texts.zh).length === 0) {
      problems.push({ file: glossary.file, message: `${where}: not used anywhere in the content (neither "${entry.en}" nor "${entry.zh}")` });
    }
  });
  return problems;
}
