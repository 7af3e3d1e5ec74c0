import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { State } from "ts-fsrs";
import { getQueue } from "../review/get-queue";
import { setSuspended } from "../review/set-card-hidden";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { abandonQuiz } from "./abandon-quiz";
import { answerQuestion } from "./answer-question";
import { deterministicUuid } from "./deterministic-uuid";
import { finishQuiz, getQuizResults } from "./finish-quiz";
import { getQuizState } from "./get-quiz-state";
import { listQuizzes } from "./list-quizzes";
import { optionIndexes, seedQuizContent } from "./quiz-fixtures";
import { sendMissedToReview } from "./send-missed";
import { startQuiz } from "./start-quiz";
import { seededRandom } from "./weighted-sample";

const t = createTestDb();
const db = t.db;
beforeAll(() => seedQuizContent(db));
afterAll(() => t.cleanup());

const T0 = new Date("2026-03-01T10:00:00Z");
const after = (ms: number) => new Date(T0.getTime() + ms);
const opt = (cardId: string, ...authored: number[]) => optionIndexes(db, cardId, ...authored);

async function cardsByPosition(quizId: string) {
  const rows = await db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: { position: true, cardId: true } });
  return new Map(rows.map((r) => [r.cardId!, r.position]));
}

describe("answering", () => {
  it("checks mcq answers on the server, never leaks the right option before the answer, and gives practice feedback", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["net"], length: 10, mode: "practice" }, T0, seededRandom(11));
    expect(quiz.length).toBe(6);
    // Nothing about which option is right reaches the browser before answering.
    const mcq = quiz.questions.find((q) => q.kind === "mcq")!;
    expect(mcq.question).toEqual({ kind: "mcq", prompt: expect.any(String), multiAnswer: expect.any(Boolean), options: [{ html: expect.any(String) }, { html: expect.any(String) }, { html: expect.any(String) }] });
    expect(JSON.stringify(quiz)).not.toMatch(/"correct":|"why":|Explained/);

    const pos = await cardsByPosition(quiz.id);
    const wrong = await answerQuestion(db, user.id, quiz.id, { position: pos.get("m1"), choice: await opt("m1", 0), timeMs: 4000 }, after(5000));
    expect(wrong.mode).toBe("practice");
    if (wrong.mode !== "practice") throw new Error("unreachable");
    expect(wrong.feedback.correct).toBe(false);
    expect(wrong.feedback.reveal.picked).toEqual(await opt("m1", 0));
    expect(wrong.feedback.reveal.options?.flatMap((o, i) => (o.correct ? [i] : []))).toEqual(await opt("m1", 1));
    expect(wrong.feedback.reveal.options?.[(await opt("m1", 0))[0]].why).toContain("A is wrong for m1");
    expect(wrong.feedback.reveal.explanation).toContain("Explained m1.");

    const right = await answerQuestion(db, user.id, quiz.id, { position: pos.get("m3"), choice: await opt("m3", 1) }, after(9000));
    expect(right).toMatchObject({ mode: "practice", feedback: { correct: true }, answeredCount: 2, correctCount: 1 });
    // Multi-answer: both right options are needed.
    const partial = await answerQuestion(db, user.id, quiz.id, { position: pos.get("m4"), choice: await opt("m4", 1) }, after(9500));
    expect(partial).toMatchObject({ feedback: { correct: false } });
    const recall = await answerQuestion(db, user.id, quiz.id, { position: pos.get("r1"), knewIt: true }, after(10_000));
    expect(recall).toMatchObject({ feedback: { correct: true, reveal: { knewIt: true, answer: expect.stringContaining("Back r1") } } });

    // Answering twice is a conflict, and the counters did not move.
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("m1"), choice: await opt("m1", 1) }, after(11_000))).rejects.toMatchObject({ code: "ALREADY_ANSWERED" });
    const stored = await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    expect([stored.answeredCount, stored.correctCount]).toEqual([4, 2]);

    // Bad input is a 400 that says what is wrong.
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("r2") }, after(12_000))).rejects.toMatchObject({ code: "INVALID_INPUT", message: "knewIt is required for a recall question" });
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("m2"), choice: [0, 1] }, after(12_000))).rejects.toMatchObject({ code: "INVALID_INPUT", message: "this question takes exactly one choice" });
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("m2"), choice: [7] }, after(12_000))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(answerQuestion(db, user.id, quiz.id, { position: 99, knewIt: true }, after(12_000))).rejects.toMatchObject({ code: "INVALID_INPUT" });

    // Resume: the state restores the first unanswered question and the feedback so far.
    const state = await getQuizState(db, user.id, quiz.id, after(13_000));
    const firstOpen = state.questions.find((q) => !q.answered)!.position;
    expect(state.currentPosition).toBe(firstOpen);
    expect(state.questions.filter((q) => q.feedback).length).toBe(4);
    expect(state.correctCount).toBe(2);
  });

  it("hides another user's quiz (404) and unknown ids (404)", async () => {
    const owner = await createUser(db);
    const other = await createUser(db);
    const quiz = await startQuiz(db, owner.id, { chapterIds: [], length: 10, mode: "practice" }, T0, seededRandom(2));
    await expect(getQuizState(db, other.id, quiz.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerQuestion(db, other.id, quiz.id, { position: 1, knewIt: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(finishQuiz(db, other.id, quiz.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendMissedToReview(db, other.id, quiz.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(abandonQuiz(db, other.id, quiz.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuizState(db, owner.id, "not-a-quiz")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listQuizzes(db, other.id)).unfinished).toEqual([]);
  });
});

describe("mock interviews", () => {
  it("acknowledges without feedback, enforces the deadline on the server and counts unanswered questions wrong", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "mock" }, T0, seededRandom(5));
    expect(quiz.length).toBe(3);
    expect(quiz.deadline).toBe(after(3 * 60_000).toISOString());
    const pos = await cardsByPosition(quiz.id);
    const ack = await answerQuestion(db, user.id, quiz.id, { position: pos.get("r3"), knewIt: true }, after(30_000));
    expect(ack).toEqual({ mode: "mock", position: pos.get("r3"), answeredCount: 1, remainingMs: 150_000 });

    const resumed = await getQuizState(db, user.id, quiz.id, after(60_000));
    expect(resumed.remainingMs).toBe(120_000);
    expect(resumed.correctCount).toBeNull();
    expect(resumed.questions.every((q) => q.feedback === null)).toBe(true);

    // Past the deadline (and its grace), answers are refused and the quiz ends at the deadline.
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("r4"), knewIt: true }, after(3 * 60_000 + 5000))).rejects.toMatchObject({ code: "QUIZ_TIME_UP", message: expect.stringMatching(/time is up/) });
    // Once ended, the quiz says so, distinct from an already answered question.
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("r4"), knewIt: true }, after(3 * 60_000 + 6000))).rejects.toMatchObject({ code: "QUIZ_FINISHED" });
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("r3"), knewIt: true }, after(3 * 60_000 + 6000))).rejects.toMatchObject({ code: "QUIZ_FINISHED" });
    const stored = await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } });
    expect(stored.finishedAt?.toISOString()).toBe(after(3 * 60_000).toISOString());
    expect(stored.answeredCount).toBe(1);

    const results = await getQuizResults(db, user.id, quiz.id, after(4 * 60_000));
    expect(results).toMatchObject({ correct: 1, total: 3, answered: 1, percent: 33, timeTakenMs: 3 * 60_000, missedCardCount: 2 });
    expect(results.missed.map((m) => [m.cardId, m.answered]).sort()).toEqual([["r4", false], ["r5", false]]);
  });

  it("finishes an abandoned-by-the-browser mock quiz when it is listed after its deadline", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "mock" }, T0, seededRandom(6));
    const running = await listQuizzes(db, user.id, after(60_000));
    expect(running.unfinished.map((q) => [q.id, q.remainingMs])).toEqual([[quiz.id, 120_000]]);
    const later = await listQuizzes(db, user.id, after(10 * 60_000));
    expect(later.unfinished).toEqual([]);
    expect(later.history.map((q) => [q.id, q.finishedAt, q.percent])).toEqual([[quiz.id, after(3 * 60_000).toISOString(), 0]]);
  });
});

describe("finishing and results", () => {
  it("scores per chapter, lists every wrong answer with its explanation, and can be called twice", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: [], length: 10, mode: "practice" }, T0, seededRandom(8));
    const pos = await cardsByPosition(quiz.id);
    expect(pos.size).toBe(9);
    const answers: Record<string, object> = { m1: { choice: await opt("m1", 1) }, m2: { choice: await opt("m2", 2) }, m3: { choice: await opt("m3", 1) }, m4: { choice: await opt("m4", 1, 2) }, r1: { knewIt: true }, r2: { knewIt: false }, r3: { knewIt: true }, r4: { knewIt: false } };
    for (const [cardId, answer] of Object.entries(answers)) await answerQuestion(db, user.id, quiz.id, { position: pos.get(cardId), ...answer }, after(1000));
    await expect(getQuizResults(db, user.id, quiz.id, after(2000))).rejects.toMatchObject({ code: "QUIZ_NOT_FINISHED" });

    const results = await finishQuiz(db, user.id, quiz.id, after(90_000)); // r5 left unanswered
    expect(results).toMatchObject({ correct: 5, total: 9, answered: 8, percent: 56, timeTakenMs: 90_000, missedCardCount: 4, missedSentAt: null });
    expect(results.chapters).toEqual([
      { chapterId: "db", title: "Chapter db", correct: 1, total: 3 },
      { chapterId: "net", title: "Chapter net", correct: 4, total: 6 },
    ]);
    const m2 = results.missed.find((m) => m.cardId === "m2")!;
    expect(m2.reveal.picked).toEqual(await opt("m2", 2));
    expect(m2.reveal.options?.[(await opt("m2", 2))[0]].why).toContain("C is wrong for m2");
    expect(m2.reveal.explanation).toContain("Explained m2.");
    expect(results.missed.map((m) => m.cardId).sort()).toEqual(["m2", "r2", "r4", "r5"]);

    const again = await finishQuiz(db, user.id, quiz.id, after(500_000));
    expect(again.finishedAt).toBe(results.finishedAt);
    await expect(answerQuestion(db, user.id, quiz.id, { position: pos.get("r5"), knewIt: true }, after(500_000))).rejects.toMatchObject({ code: "QUIZ_FINISHED" });
    await expect(abandonQuiz(db, user.id, quiz.id)).rejects.toMatchObject({ code: "QUIZ_FINISHED" });
    const overview = await listQuizzes(db, user.id, after(500_000));
    expect(overview.history.map((q) => [q.id, q.percent, q.mode])).toEqual([[quiz.id, 56, "practice"]]);
  });

  it("sends the missed cards to review once: learning cards with one review-log row each, even when called twice", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "practice" }, T0, seededRandom(9));
    const pos = await cardsByPosition(quiz.id);
    await answerQuestion(db, user.id, quiz.id, { position: pos.get("r3"), knewIt: true }, after(1000));
    await answerQuestion(db, user.id, quiz.id, { position: pos.get("r4"), knewIt: false }, after(2000));
    await expect(sendMissedToReview(db, user.id, quiz.id, after(3000))).rejects.toMatchObject({ code: "QUIZ_NOT_FINISHED" });
    await finishQuiz(db, user.id, quiz.id, after(3000));

    expect(await sendMissedToReview(db, user.id, quiz.id, after(4000))).toEqual({ sent: 2, skipped: 0 });
    expect(await sendMissedToReview(db, user.id, quiz.id, after(5000))).toEqual({ sent: 2, skipped: 0 });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
    expect(logs.map((l) => [l.cardId, l.rating, l.id])).toEqual([
      ["r4", 1, deterministicUuid("quiz-missed", quiz.id, "r4")],
      ["r5", 1, deterministicUuid("quiz-missed", quiz.id, "r5")],
    ]);
    const cards = await db.userCard.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
    expect(cards.map((c) => [c.cardId, c.state])).toEqual([["r4", State.Learning], ["r5", State.Learning]]);
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).missedSentAt?.toISOString()).toBe(after(4000).toISOString());
    expect((await getQuizResults(db, user.id, quiz.id)).missedSentAt).toBe(after(4000).toISOString());

    const queue = await getQueue(db, user.id, { limit: 20, now: after(4000 + 61_000) });
    expect(queue.cards.filter((c) => c.state?.state === "Learning").map((c) => c.cardId).sort()).toEqual(["r4", "r5"]);
  });

  it("skips a missed card suspended since, with its own code, and still sends the others", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "practice" }, T0, seededRandom(11));
    await finishQuiz(db, user.id, quiz.id, after(1000));
    const missed = (await getQuizResults(db, user.id, quiz.id, after(1000))).missed.flatMap((m) => (m.cardId ? [m.cardId] : []));
    await setSuspended(db, user.id, { cardId: missed[0] }, true, after(1500));
    expect(await sendMissedToReview(db, user.id, quiz.id, after(2000))).toEqual({ sent: missed.length - 1, skipped: 1 });
  });

  it("abandons an unfinished quiz with its questions", async () => {
    const user = await createUser(db);
    const quiz = await startQuiz(db, user.id, { chapterIds: ["db"], length: 10, mode: "practice" }, T0, seededRandom(10));
    expect(await abandonQuiz(db, user.id, quiz.id)).toEqual({ abandoned: quiz.id });
    expect(await db.quizQuestion.count({ where: { quizId: quiz.id } })).toBe(0);
    expect((await listQuizzes(db, user.id)).unfinished).toEqual([]);
  });
});
