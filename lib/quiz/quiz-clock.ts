import type { Db } from "../db";

/** Mock interviews allow this much per question, for the whole quiz. */
export const MOCK_MS_PER_QUESTION = 60_000;
/** Answers sent in the last moment still count: network latency is not the learner's fault. */
export const DEADLINE_GRACE_MS = 2_000;

type Timed = { id: string; startedAt: Date; timeLimitMs: number | null; finishedAt: Date | null };

export function deadlineOf(quiz: Timed): Date | null {
  return quiz.timeLimitMs === null ? null : new Date(quiz.startedAt.getTime() + quiz.timeLimitMs);
}

export function remainingMs(quiz: Timed, now: Date): number | null {
  const deadline = deadlineOf(quiz);
  if (!deadline) return null;
  if (quiz.finishedAt) return 0;
  return Math.max(0, deadline.getTime() - now.getTime());
}

export function isOverdue(quiz: Timed, now: Date): boolean {
  const deadline = deadlineOf(quiz);
  return !quiz.finishedAt && deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}

/**
 * The server enforces the mock deadline: an overdue quiz is finished at its deadline when it
 * is next touched, whatever the browser did. Returns the quiz's finishedAt.
 */
export async function finishIfOverdue(db: Db, quiz: Timed, now: Date): Promise<Date | null> {
  if (!isOverdue(quiz, now)) return quiz.finishedAt;
  const deadline = deadlineOf(quiz)!;
  await db.quiz.updateMany({ where: { id: quiz.id, finishedAt: null }, data: { finishedAt: deadline } });
  const fresh = await db.quiz.findUnique({ where: { id: quiz.id }, select: { finishedAt: true } });
  return fresh?.finishedAt ?? deadline;
}
