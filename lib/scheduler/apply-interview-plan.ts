import type { Db } from "../db";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { readDueLoad } from "../review/read-due-load";
import { CardState } from "../review/vocabulary";
import type { UserSettings } from "../settings/get-settings";
import { dayKey, startOfDay, startOfLocalDate } from "../time/day";
import { resolveInterviewScope, scopeCardWhere } from "./interview-scope";
import { planInterview } from "./plan-interview";

/** What the plan ran with: it runs again the same day when any of these change. */
function planKey(settings: UserSettings): string {
  return JSON.stringify([settings.interviewDate, settings.interviewScope, settings.interviewDailyCap, settings.desiredRetention, settings.fsrsWeights, settings.reviewsPerDay]);
}

/** The stamp the plan leaves for today, or null when no plan applies (no date, or the date has come). */
export function interviewPlanStamp(settings: UserSettings, now: Date): string | null {
  if (!settings.interviewDate) return null;
  const today = dayKey(now, settings.timezone);
  if (today >= settings.interviewDate) return null; // on and after the date: normal scheduling
  return `${today}|${planKey(settings)}`;
}

/** Whether the queue must run the plan first: decided from the settings it already read (no query). */
export function needsInterviewPlan(settings: UserSettings, now: Date): boolean {
  const stamp = interviewPlanStamp(settings, now);
  return stamp !== null && stamp !== settings.interviewPlanStamp;
}

/**
 * Runs the interview plan for the user's today: the in-scope cards that would be below the
 * desired retention on the interview day get pulled forward (due now), at most the daily cap
 * a day, lowest predicted recall first (planInterview). Runs once a day per settings (the
 * stamp), from the queue; three queries (with a scope, two more to read it; the in-scope cards due on or after the date, the
 * grouped due counts, one batched write), whatever the number of cards.
 */
export async function applyInterviewPlan(db: Db, userId: string, settings: UserSettings, now: Date): Promise<{ pulled: number; atRisk: number }> {
  const stamp = interviewPlanStamp(settings, now);
  if (stamp === null || !settings.interviewDate) return { pulled: 0, atRisk: 0 };
  const today = stamp.slice(0, stamp.indexOf("|"));
  const pulledToday = settings.interviewPlanStamp?.startsWith(`${today}|`) ? settings.interviewPulled : 0;
  const todayStart = startOfDay(now, settings.timezone);
  const interviewStart = startOfLocalDate(settings.interviewDate, settings.timezone);
  const days = Math.round((interviewStart.getTime() - todayStart.getTime()) / 86_400_000);
  const scope = scopeCardWhere(settings.interviewScope.length > 0 ? await resolveInterviewScope(db, userId, settings.interviewScope) : null, userId);
  const [cards, dueCounts] = await Promise.all([
    db.userCard.findMany({
      where: { userId, state: CardState.Review, suspended: false, due: { gte: interviewStart }, lastReview: { not: null }, card: { retiredAt: null, ...scope } },
      select: { id: true, stability: true, lastReview: true, due: true },
    }),
    readDueLoad(db, userId, todayStart, 0, Math.max(0, days - 1)),
  ]);
  const plan = planInterview({
    cards: cards.map((c) => ({ ...c, lastReview: c.lastReview! })),
    todayStart,
    interviewStart,
    w: settings.fsrsWeights ?? FSRS_WEIGHTS,
    target: settings.desiredRetention,
    cap: settings.interviewDailyCap,
    pulledToday,
    dueCounts,
    reviewsPerDay: settings.reviewsPerDay,
  });
  // Only today's pulls are applied: tomorrow's plan sees what today's reviews changed.
  const ids = plan.pulls.filter((p) => p.day === 0).map((p) => p.id);
  const [moved] = await db.$transaction([
    // Guarded by the due read above: a card graded meanwhile is left as its review made it.
    db.userCard.updateMany({ where: { id: { in: ids }, due: { gte: interviewStart } }, data: { due: now } }),
    db.settings.update({ where: { userId }, data: { interviewPlanStamp: stamp, interviewPulled: pulledToday + ids.length } }),
  ]);
  return { pulled: moved.count, atRisk: plan.atRisk };
}
