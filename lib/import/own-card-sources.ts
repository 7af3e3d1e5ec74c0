import type { MappedCardContent } from "../anki/map-anki-notes";
import { rewriteMediaSrc } from "../anki/convert-anki-html";
import { cardSourceSchema, type CardSource } from "../cards/card-source";
import { skipReason, type SkipReason } from "./skip-reason";

/**
 * An Anki card's content as an own card's source: media references point at /api/media/<sha256>
 * and the source passes the same schema as a card written in the editor (or the reason it
 * does not, for the report).
 */
export function ownCardSource(content: MappedCardContent, mediaUrl: (name: string) => string | null): { source: CardSource } | { skip: SkipReason } {
  const rewrite = (html: string) => rewriteMediaSrc(html, mediaUrl);
  const raw = content.type === "basic"
    ? { type: "basic", front: rewrite(content.front), back: rewrite(content.back), explanation: rewrite(content.explanation) }
    : { type: "cloze", text: rewrite(content.text), explanation: rewrite(content.explanation) };
  const parsed = cardSourceSchema.safeParse(raw);
  if (parsed.success) return { source: parsed.data };
  const issue = parsed.error.issues[0];
  return { skip: skipReason("cannotStore", { field: issue.path.join(".") || "card", message: issue.message }) };
}
