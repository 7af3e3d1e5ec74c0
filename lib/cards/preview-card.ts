import type { RenderedCard } from "../content/render-card";
import { parseInput } from "../errors";
import { renderCardSource } from "./card-source";
import { previewCardSchema } from "./card-schemas";

/** The editor's live preview: a draft rendered (and sanitized) exactly as the saved card will be; nothing is stored. */
export function previewCard(input: unknown): { content: RenderedCard } {
  const { source } = parseInput(previewCardSchema, input);
  return { content: renderCardSource("preview", source) };
}
