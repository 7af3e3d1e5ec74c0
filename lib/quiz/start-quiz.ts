import { getSettings } from "../settings/get-settings";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { AppError, parseInput } from "../errors";
import { getQuizState } from "./get-quiz-state";
import { kindForCardType } from "./kinds/registry";
import { MOCK_MS_PER_QUESTION } from "./quiz-clock";
import { startQuizSchema } from "./quiz-schemas";
import type { StartedQuiz } from "./quiz-types";
import { loadCandidates, pickCandidates, type Candidate } from "./select-cards";
import { predictContent, predictSeed } from "../exercises/predict/predict-content";
import { ensureEstimate, estimatePayloads } from "../estimate/estimate-questions";

/**
 * Predict questions are generated now (a fresh trace of the exercise's reference per quiz) and
 * stored with the question; one that cannot be generated is dropped.
 */
async function withPayloads(drawn: Candidate[], quizId: string, estimates: Map<string, string>): Promise<(Candidate & { payload: string })[]> {
  const filled = await Promise.all(
    drawn.map(async (c) => {
      if (c.type === "estimate") return estimates.has(c.cardId) ? { ...c, payload: estimates.get(c.cardId)! } : null;
      if (c.type !== "predict") return { ...c, payload: "{}" };
      const content = await predictContent(c.cardId, predictSeed(quizId, c.cardId, 0));
      return content ? { ...c, payload: JSON.stringify(content) } : null;
    }),
  );
  return filled.filter((c): c is Candidate & { payload: string } => c !== null);
}

/**
 * Starts a quiz: draws its cards (weighted toward weak and frequently asked cards, no
 * repeats) and stores the quiz with every question in one batch transaction. When the
 * chapters have fewer eligible cards than asked, the quiz is shorter and says so.
 */
export async function startQuiz(db: Db, userId: string, input: unknown, now: Date = new Date(), random: () => number = Math.random): Promise<StartedQuiz> {
  const { chapterIds, length, mode } = parseInput(startQuizSchema, input);
  const wanted = [...new Set(chapterIds)];
  if (wanted.length) {
    // A chapter, or one of the user's own decks (another user's deck is as unknown as a typo).
    const [live, decks] = await Promise.all([
      db.chapter.findMany({ where: { id: { in: wanted }, retiredAt: null }, select: { id: true } }),
      db.deck.findMany({ where: { id: { in: wanted }, userId, deletedAt: null }, select: { id: true } }),
    ]);
    const unknown = wanted.filter((id) => !live.some((c) => c.id === id) && !decks.some((d) => d.id === id));
    if (unknown.length) throw AppError.invalid(`unknown chapter: ${unknown.join(", ")}`);
  }
  const quizId = randomUUID();
  const candidates = await loadCandidates(db, userId, wanted, now);
  const weighted = pickCandidates(candidates, length, random);
  const drawn = mode === "mock" ? ensureEstimate(weighted, candidates, length, random) : weighted;
  const picked = await withPayloads(drawn, quizId, await estimatePayloads(db, drawn, quizId, (await getSettings(db, userId)).locale));
  if (picked.length === 0) throw AppError.invalid("the chosen chapters have no cards to quiz you on (suspended cards are left out)");

  await db.$transaction([
    db.quiz.create({
      data: {
        id: quizId,
        userId,
        mode,
        chapterIds: JSON.stringify(wanted),
        length: picked.length,
        timeLimitMs: mode === "mock" ? picked.length * MOCK_MS_PER_QUESTION : null,
        startedAt: now,
      },
    }),
    db.quizQuestion.createMany({
      data: picked.map((c, i) => ({ quizId, position: i + 1, kind: kindForCardType(c.type), cardId: c.cardId, chapterId: c.chapterId, payload: c.payload })),
    }),
  ]);
  const state = await getQuizState(db, userId, quizId, now);
  const notice = picked.length < length ? `Only ${picked.length} eligible cards in the chosen chapters, so this quiz has ${picked.length} questions instead of ${length}.` : null;
  return { ...state, requestedLength: length, notice };
}
