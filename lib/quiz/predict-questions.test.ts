import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncContent } from "../content/sync-content";
import type { RenderedCard } from "../content/render-card";
import type { ExerciseMeta } from "../exercises/catalog";
import { exerciseCards } from "../exercises/exercise-cards";
import { createTestDb } from "../test/test-db";
import { createUser, smallContent } from "../test/fixtures";
import { answerQuestion } from "./answer-question";
import { startQuiz } from "./start-quiz";

const t = createTestDb();
const db = t.db;
const lru: ExerciseMeta = { id: "lru-cache", title: "LRU cache", chapter: "ch", section: "sec", difficulty: "easy", noMapSet: false, hints: ["a", "b", "c"] };
beforeAll(() => syncContent(db, smallContent(1), new Date(), exerciseCards([lru], new Set(["lru-cache"]))));
afterAll(() => t.cleanup());

describe("predict questions in quizzes", () => {
  it("asks a generated trace of the reference as multiple choice and never asks the exercise card itself", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: [], length: 10, mode: "practice" });
    expect(quiz.questions.map((q) => q.kind).sort()).toEqual(["predict", "recall"]);
    const position = quiz.questions.find((q) => q.kind === "predict")!.position;
    const row = await db.quizQuestion.findFirstOrThrow({ where: { quizId: quiz.id, position } });
    const payload = JSON.parse(row.payload) as RenderedCard;
    expect(payload.prompt).toContain("LRUCache");
    const right = payload.options!.findIndex((o) => o.correct);
    const result = await answerQuestion(db, user.id, quiz.id, { position, choice: [right] });
    expect(result).toMatchObject({ feedback: { correct: true } });
  });
});
