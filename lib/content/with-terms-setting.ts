import type { RenderedCard } from "./render-card";

/**
 * The card's glossary terms go to the browser only for users who asked for the bilingual terms
 * line; the stored card is shared (cached), so this copies instead of deleting.
 */
export function withTermsSetting(content: RenderedCard, showBilingualTerms: boolean): RenderedCard {
  if (showBilingualTerms || !content.terms) return content;
  const { terms: _omitted, ...rest } = content;
  return rest;
}
