import type { ExportCard } from "../anki/build-anki-export-model";
import type { CardSource } from "../cards/card-source";

/**
 * An own or built-in card's markdown as export content. Anki and CSV know basic and cloze
 * only: a multiple-choice card becomes a basic card whose front lists the options and whose
 * back names the correct ones.
 */
export function exportContent(source: CardSource): ExportCard["content"] {
  if (source.type === "basic") return { type: "basic", front: source.front, back: source.back, explanation: source.explanation };
  if (source.type === "cloze") return { type: "cloze", text: source.text, explanation: source.explanation };
  const letter = (i: number) => String.fromCharCode(65 + i);
  const front = `${source.question}\n\n${source.options.map((o, i) => `${letter(i)}. ${o.text}`).join("\n\n")}`;
  const back = source.options.flatMap((o, i) => (o.correct ? [`${letter(i)}. ${o.text}`] : [])).join("\n\n");
  return { type: "basic", front, back, explanation: source.explanation };
}

/** A generated built-in card (exercise, predict, estimate) has no markdown: its rendered HTML is exported. */
export function exportRendered(rendered: { prompt: string; answer: string; explanation: string }): ExportCard["content"] {
  return { type: "basic", front: rendered.prompt || "(no question)", back: rendered.answer || "(no answer)", explanation: rendered.explanation };
}
