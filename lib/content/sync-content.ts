import type { Db } from "../db";
import type { LoadedChapter } from "./load";
import { contentHash, renderCard, type RenderedCard } from "./render-card";
import { renderMarkdown } from "./render-markdown";
import { cardTexts } from "./card-texts";
import { glossaryFinder } from "./find-glossary-terms";
import type { GlossaryEntry } from "./glossary";
import { searchTextOf } from "../cards/search-text";
import { readRenderedCard } from "./rendered-card-schema";

/** A card that is not authored in content/ but generated (coding exercises and their predict cards). */
export type GeneratedCard = { id: string; sectionId: string; type: string; rendered: RenderedCard; frequency: string; difficulty: string };

export type SyncReport = { chapters: number; sections: number; cards: { created: number; updated: number; unchanged: number; retired: number; restored: number } };

/**
 * Makes the database's content tables match content/, keyed by stable ids. Idempotent:
 * unchanged cards are not written; edited cards are updated in place (user schedules point
 * at the id, so nobody's progress resets); cards gone from content/ are retired, not deleted,
 * so their review history stays. Writes happen in one batch transaction.
 */
export async function syncContent(db: Db, chapters: LoadedChapter[], now: Date = new Date(), generated: GeneratedCard[] = [], glossary: GlossaryEntry[] = []): Promise<SyncReport> {
  const findTerms = glossaryFinder(glossary);
  // Users' own cards (ownerId set) are not content: never retired or rewritten by a sync.
  const existing = await db.card.findMany({ where: { ownerId: null }, select: { id: true, contentHash: true, retiredAt: true, searchText: true } });
  const known = new Map(existing.map((c) => [c.id, c]));
  const report: SyncReport = { chapters: chapters.length, sections: 0, cards: { created: 0, updated: 0, unchanged: 0, retired: 0, restored: 0 } };
  const writes = [];
  const liveChapterIds: string[] = [];
  const liveSectionIds: string[] = [];
  const liveCardIds = new Set<string>();
  let globalOrder = 0;

  type CardData = { sectionId: string; type: string; order: number; globalOrder: number; rendered: string; renderedZh: string | null; frequency: string; difficulty: string };
  const upsertCard = (id: string, data: CardData) => {
    liveCardIds.add(id);
    const hash = contentHash(data);
    const previous = known.get(id);
    if (!previous) report.cards.created++;
    else if (previous.retiredAt) report.cards.restored++;
    // An empty searchText: a card synced before Browse existed gets it on the next sync.
    else if (previous.contentHash === hash && previous.searchText !== "") {
      report.cards.unchanged++;
      return;
    } else report.cards.updated++;
    // Both languages are searchable in Browse, whichever the user studies in.
    const searchText = [data.rendered, data.renderedZh].flatMap((r) => (r ? [searchTextOf(readRenderedCard(r))] : [])).join("\n");
    writes.push(db.card.upsert({ where: { id }, update: { ...data, searchText, contentHash: hash, retiredAt: null }, create: { id, ...data, searchText, contentHash: hash } }));
  };

  const generatedLeft = new Map(generated.map((g) => [g.id, g]));
  const upsertGenerated = (card: GeneratedCard) => {
    generatedLeft.delete(card.id);
    upsertCard(card.id, {
      sectionId: card.sectionId,
      type: card.type,
      order: 10_000 + generated.indexOf(card),
      globalOrder: globalOrder++,
      rendered: JSON.stringify(card.rendered),
      renderedZh: null,
      frequency: card.frequency,
      difficulty: card.difficulty,
    });
  };

  for (const chapter of chapters) {
    liveChapterIds.push(chapter.id);
    const chapterData = { title: chapter.title, summary: chapter.summary, titleZh: chapter.zh?.title ?? null, summaryZh: chapter.zh?.summary ?? null, seedHeading: chapter.seedHeading, order: chapter.order, retiredAt: null };
    writes.push(db.chapter.upsert({ where: { id: chapter.id }, update: chapterData, create: { id: chapter.id, ...chapterData } }));
    for (const section of chapter.sections) {
      report.sections++;
      liveSectionIds.push(section.id);
      const sectionData = {
        chapterId: chapter.id,
        title: section.title,
        summary: section.summary,
        titleZh: section.zh?.title ?? null,
        summaryZh: section.zh?.summary ?? null,
        seedHeading: section.seedHeading,
        order: section.order,
        noteHtml: renderMarkdown(section.note),
        noteHtmlZh: section.zh?.note ? renderMarkdown(section.zh.note) : null,
        exercises: JSON.stringify(section.exercises),
        retiredAt: null,
      };
      writes.push(db.section.upsert({ where: { id: section.id }, update: sectionData, create: { id: section.id, ...sectionData } }));
      section.cards.forEach((card, order) => {
        // Both languages carry the same glossary terms, found in either language's text.
        const zhCard = section.zh?.translated.has(card.id) ? section.zh.cards[order] : null;
        const terms = findTerms(cardTexts(card).join("\n"), zhCard ? cardTexts(zhCard).join("\n") : undefined);
        const withTerms = (rendered: RenderedCard) => JSON.stringify(terms.length ? { ...rendered, terms } : rendered);
        upsertCard(card.id, {
          sectionId: section.id,
          type: card.type,
          order,
          globalOrder: globalOrder++,
          rendered: withTerms(renderCard(card)),
          renderedZh: zhCard ? withTerms(renderCard(zhCard)) : null,
          frequency: card.interview.frequency,
          difficulty: card.interview.difficulty,
        });
      });
      // A section's generated cards (its exercises' predict cards) follow its authored
      // cards, so they are introduced while the topic is fresh.
      for (const card of [...generatedLeft.values()].filter((g) => g.sectionId === section.id)) upsertGenerated(card);
    }
  }
  // Generated cards whose section was not in content/ (the sync refuses those upstream).
  for (const card of generatedLeft.values()) upsertGenerated(card);

  const retire = existing.filter((c) => !liveCardIds.has(c.id) && !c.retiredAt).map((c) => c.id);
  report.cards.retired = retire.length;
  if (retire.length) writes.push(db.card.updateMany({ where: { id: { in: retire } }, data: { retiredAt: now } }));
  writes.push(db.section.updateMany({ where: { id: { notIn: liveSectionIds }, retiredAt: null }, data: { retiredAt: now } }));
  writes.push(db.chapter.updateMany({ where: { id: { notIn: liveChapterIds }, retiredAt: null }, data: { retiredAt: now } }));
  await db.$transaction(writes);
  return report;
}
