import type { GlossaryEntry, GlossaryTerm } from "./glossary";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds a finder of glossary terms in a text pair: an English term matches case-insensitively
 * on word boundaries (`LRU` not inside `LRUK`), a Chinese term anywhere in the Chinese text
 * (Chinese has no spaces to bound it). One alternation per language, longest term first, so a
 * card costs two regex scans whatever the glossary's size. Returns terms in glossary order.
 */
export function glossaryFinder(entries: GlossaryEntry[]): (en: string, zh?: string) => GlossaryTerm[] {
  const terms = entries.filter((e): e is GlossaryTerm => Boolean(e.zh));
  if (terms.length === 0) return () => [];
  const byEn = new Map(terms.map((t, i) => [t.en.toLowerCase(), i]));
  const byZh = new Map(terms.map((t, i) => [t.zh, i]));
  const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
  const enPattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(terms.map((t) => t.en))})(?![\\p{L}\\p{N}_])`, "giu");
  const zhPattern = new RegExp(alternation(terms.map((t) => t.zh)), "gu");
  return (en, zh) => {
    const found = new Set<number>();
    for (const m of en.matchAll(enPattern)) found.add(byEn.get(m[0].toLowerCase())!);
    if (zh) for (const m of zh.matchAll(zhPattern)) found.add(byZh.get(m[0])!);
    return [...found].sort((a, b) => a - b).map((i) => terms[i]);
  };
}
