import type { RenderedCard } from "../content/render-card";
import { renderInline, renderMarkdown } from "../content/render-markdown";
import type { EstimateAnswerSpec, EstimateTemplate } from "./estimate-schema";
import { answerHint } from "./expected-unit";
import { generateEstimate, type GeneratedEstimate } from "./generate-estimate";

/** What the browser needs to read and grade an answer on the spot (the server grades quizzes itself). */
export type EstimateFace = { seed: number; answer: number; answerText: string; spec: EstimateAnswerSpec; hint: string };

/** The worked solution: the answer, each step with the drawn numbers, and the assumptions. */
export function solutionMarkdown(q: GeneratedEstimate, assumptions: string[]): string {
  const steps = q.steps.map((s, i) => `${i + 1}. **${s.label}**: \`${s.expr}\` → **${s.value}**`).join("\n");
  const given = assumptions.map((a) => `- ${a}`).join("\n");
  return `**≈ ${q.answerText}**\n\n${steps}\n\n**Assumptions**\n\n${given}`;
}

/** An estimate card's face for one seed: drawn prompt, worked solution as the answer side. */
export function estimateContent(template: EstimateTemplate, seed: number, explanationHtml: string): RenderedCard {
  const q = generateEstimate(template, seed);
  return {
    prompt: renderMarkdown(q.prompt),
    answer: renderMarkdown(solutionMarkdown(q, template.assumptions)),
    explanation: explanationHtml,
    estimate: { seed, answer: q.answer, answerText: q.answerText, spec: q.spec, hint: renderInline(answerHint(q.spec)) },
  };
}

/** The seed the stored card (section pages, previews) is rendered with. */
export const SAMPLE_SEED = 1;
