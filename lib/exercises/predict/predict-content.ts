import { createHash } from "node:crypto";
import { BoundedCache } from "../../bounded-cache";
import type { RenderedCard } from "../../content/render-card";
import { renderInline, renderMarkdown } from "../../content/render-markdown";
import { exerciseIdOfCard } from "../exercise-cards";
import { generatePredict } from "./generate-predict";

/** The same user, card and repetition always get the same trace; the next review gets a new one. */
export function predictSeed(userId: string, cardId: string, reps: number): number {
  return createHash("sha256").update(`${userId}:${cardId}:${reps}`).digest().readUInt32BE(0);
}

/**
 * A predict card's face for one review: a fresh trace of the reference, asked as a multiple
 * choice (so the review screen treats it like any multiple-choice card). Null when the
 * exercise cannot generate traces.
 */
export function predictContent(cardId: string, seed: number): Promise<RenderedCard | null> {
  // Generating a face compiles and runs the reference (most of a queue request's CPU before
  // this cache); the same (card, seed) always gives the same face, so it is made once.
  const key = `${cardId}:${seed}`;
  let face = faces.get(key);
  if (!face) {
    face = generateFace(cardId, seed);
    faces.set(key, face);
    face.catch(() => faces.delete(key));
  }
  return face;
}

const faces = new BoundedCache<string, Promise<RenderedCard | null>>(2_000);

async function generateFace(cardId: string, seed: number): Promise<RenderedCard | null> {
  const ids = exerciseIdOfCard(cardId);
  if (!ids) return null;
  const q = await generatePredict(ids.exerciseId, seed);
  if (!q) return null;
  const answer = q.options[q.answerIndex];
  return {
    prompt: renderMarkdown(`What does the last line return? (reference implementation, trace #${q.seed})\n\n\`\`\`ts\n${q.code}\n${q.asked}\n\`\`\``),
    answer: "",
    explanation: renderMarkdown(`Running the reference gives \`${answer}\`. The other options are what common mistakes return (a buggy solution, or a plausible slip).`),
    multiAnswer: false,
    options: q.options.map((o, i) => ({ html: renderInline(`\`${o}\``), correct: i === q.answerIndex, why: null })),
  };
}
