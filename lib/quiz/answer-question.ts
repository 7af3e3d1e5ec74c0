import type { Db } from "../db";
import { isRecordNotFound } from "../db-errors";
import { AppError, parseInput } from "../errors";
import { feedbackFor } from "./get-quiz-state";
import { quizKind } from "./kinds/registry";
import { loadQuiz } from "./load-quiz";
import { finishIfOverdue, remainingMs } from "./quiz-clock";
import { answerSchema } from "./quiz-schemas";
import type { AnswerResult } from "./quiz-types";

/**
 * Records the answer to one question, checked on the server. Practice mode returns the
 * feedback; mock mode only acknowledges. A question is answered once (ALREADY_ANSWERED after),
 * and a mock quiz takes no answers after its deadline (QUIZ_TIME_UP; it is finished at the deadline).
 */
export async function answerQuestion(db: Db, userId: string, quizId: string, input: unknown, now: Date = new Date()): Promise<AnswerResult> {
  const answer = parseInput(answerSchema, input);
  const quiz = await loadQuiz(db, userId, quizId);
  if (await finishIfOverdue(db, quiz, now)) {
    throw quiz.finishedAt
      ? new AppError("QUIZ_FINISHED", "this quiz is already finished")
      : new AppError("QUIZ_TIME_UP", "time is up: this mock interview has ended");
  }
  const question = quiz.questions.find((q) => q.position === answer.position);
  if (!question) throw AppError.invalid(`position must be between 1 and ${quiz.questions.length}`);
  if (question.answeredAt) throw new AppError("ALREADY_ANSWERED", `question ${answer.position} is already answered`);

  const { correct, response } = quizKind(question.kind).check(question.source, answer);
  try {
    // The conditional where clauses make a concurrent second answer (or a finish) fail the whole batch.
    const [, updated] = await db.$transaction([
      db.quizQuestion.update({ where: { id: question.id, answeredAt: null }, data: { response: JSON.stringify(response), correct, answeredAt: now, timeMs: answer.timeMs ?? null } }),
      db.quiz.update({
        where: { id: quiz.id, finishedAt: null },
        data: { answeredCount: { increment: 1 }, correctCount: { increment: correct ? 1 : 0 } },
        select: { answeredCount: true, correctCount: true },
      }),
    ]);
    if (quiz.mode === "practice") {
      const feedback = feedbackFor({ ...question, correct, responseValue: response });
      return { mode: "practice", feedback, answeredCount: updated.answeredCount, correctCount: updated.correctCount };
    }
    return { mode: "mock", position: question.position, answeredCount: updated.answeredCount, remainingMs: remainingMs(quiz, now) ?? 0 };
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
    // Lost a race: say which one (another tab answered, or the quiz was finished meanwhile).
    const fresh = await db.quizQuestion.findUnique({ where: { id: question.id }, select: { answeredAt: true } });
    if (fresh?.answeredAt) throw new AppError("ALREADY_ANSWERED", `question ${answer.position} is already answered`);
    throw new AppError("QUIZ_FINISHED", "this quiz is already finished");
  }
}
