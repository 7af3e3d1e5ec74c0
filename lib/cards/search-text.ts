import type { RenderedCard } from "../content/render-card";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** Lowercased, whitespace-collapsed text: what Browse's search matches with LIKE (see normalizeQuery). */
export function normalizeSearch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The plain text of a rendered card (tags dropped, entities decoded), stored in Card.searchText.
 * Why a column and not FTS5: the same LIKE runs on SQLite and PostgreSQL without triggers or
 * virtual tables Prisma cannot describe, and a scan of 10,000 short rows stays far under 100 ms.
 */
export function searchTextOf(card: Pick<RenderedCard, "prompt" | "answer" | "explanation" | "options">): string {
  const html = [card.prompt, card.answer, card.explanation, ...(card.options ?? []).flatMap((o) => [o.html, o.why ?? ""])].join(" ");
  const text = html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? (name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : m));
  return normalizeSearch(text).slice(0, 4000);
}
