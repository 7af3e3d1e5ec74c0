import { createHash } from "node:crypto";
import { seededShuffle } from "../random/seeded-random";
import { CLOZE_PATTERN, type Card } from "./schema";
import { renderInline, renderMarkdown } from "./render-markdown";
import { estimateContent, SAMPLE_SEED, type EstimateFace } from "../estimate/estimate-content";
import type { EstimateTemplate } from "../estimate/estimate-schema";

/** A card as the review screen shows it: all markdown already turned into HTML. */
export type RenderedCard = {
  /** The question side (cloze: blanks hidden). */
  prompt: string;
  /** The answer side (basic: the back; cloze: the text with blanks filled in; mcq: empty). */
  answer: string;
  explanation: string;
  options?: { html: string; correct: boolean; why: string | null }[];
  multiAnswer?: boolean;
  /** ids of related coding exercises */
  exercises?: string[];
  /** estimate: the drawn question's answer and unit, for grading in the browser */
  estimate?: EstimateFace;
  /** estimate (stored card only): the template a fresh face is drawn from per review */
  estimateTemplate?: EstimateTemplate;
  /** glossary terms found in the card (either language), for the bilingual terms line under the answer */
  terms?: { en: string; zh: string }[];
};

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// Blanks become placeholders before markdown rendering so `{{a::b}}` inside code or emphasis
// cannot confuse the markdown parser; they are swapped for HTML afterwards.
function renderCloze(text: string, reveal: boolean): string {
  const blanks: string[] = [];
  const withTokens = text.replace(new RegExp(CLOZE_PATTERN.source, "g"), (_m, answer: string, hint?: string) => {
    blanks.push(
      reveal
        ? `<mark class="cloze-answer">${renderInline(answer)}</mark>`
        : `<span class="cloze-blank" aria-label="blank${hint ? `: ${escapeAttr(hint)}` : ""}">[${hint ? escapeAttr(hint) : "…"}]</span>`,
    );
    return `CLOZE${blanks.length - 1}TOKEN`;
  });
  return renderMarkdown(withTokens).replace(/CLOZE(\d+)TOKEN/g, (_m, i: string) => blanks[Number(i)]);
}

export function renderCard(card: Card): RenderedCard {
  const face = renderFace(card);
  return card.exercises.length ? { ...face, exercises: card.exercises } : face;
}

function renderFace(card: Card): RenderedCard {
  const explanation = renderMarkdown(card.explanation);
  switch (card.type) {
    case "basic":
      return { prompt: renderMarkdown(card.front), answer: renderMarkdown(card.back), explanation };
    case "cloze":
      return { prompt: renderCloze(card.text, false), answer: renderCloze(card.text, true), explanation };
    case "mcq":
      return {
        prompt: renderMarkdown(card.question),
        answer: "",
        explanation,
        multiAnswer: card.multiAnswer,
        // Authors tend to write the right option first; a fixed per-card shuffle stops the
        // position from giving the answer away while keeping the order stable between syncs.
        options: seededShuffle(card.options, idSeed(card.id)).map((o) => ({ html: renderInline(o.text), correct: o.correct, why: o.why ? renderInline(o.why) : null })),
      };
    case "estimate": {
      const template: EstimateTemplate = { id: card.id, prompt: card.prompt, params: card.params, steps: card.steps, answer: card.answer, assumptions: card.assumptions };
      // Stored with a sample draw (for section pages); reviews and quizzes draw their own.
      return { ...estimateContent(template, SAMPLE_SEED, explanation), estimateTemplate: template };
    }
  }
}

const idSeed = (id: string) => createHash("sha256").update(id).digest().readUInt32BE(0);

export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}
