import type { Db } from "../db";
import { getSettings } from "../settings/get-settings";
import { dayKey } from "../time/day";
import { getCardStates, type CardStates } from "./get-card-states";
import { getDeckProgress, type DeckProgress } from "./get-deck-progress";
import { getForecast, type Forecast } from "./get-forecast";
import { getChapterMastery, type ChapterMastery } from "./get-mastery";
import { getQuizScores, type QuizScore } from "./get-quiz-scores";
import { getTrueRetention, type TrueRetention } from "./get-retention";
import { getReviewActivity, type ReviewActivity } from "./get-review-activity";

export type Progress = {
  timezone: string;
  activity: ReviewActivity;
  forecast: Forecast;
  retention: { allTime: TrueRetention; last30Days: TrueRetention };
  states: CardStates;
  chapters: ChapterMastery[];
  quizzes: QuizScore[];
  /** the user's own decks */
  decks: DeckProgress[];
  /** cards tagged leech (lapsed too often) */
  leeches: number;
};

const DAY_MS = 86_400_000;

/** Everything /progress shows (and GET /api/progress returns), in the user's time zone. */
export async function getProgress(db: Db, userId: string, now: Date = new Date()): Promise<Progress> {
  const { timezone } = await getSettings(db, userId);
  const today = dayKey(now, timezone);
  const [activity, forecast, allTime, last30Days, states, chapters, quizzes, own] = await Promise.all([
    getReviewActivity(db, userId, today),
    getForecast(db, userId, timezone, today, now),
    getTrueRetention(db, userId),
    getTrueRetention(db, userId, new Date(now.getTime() - 30 * DAY_MS)),
    getCardStates(db, userId),
    getChapterMastery(db, userId, now),
    getQuizScores(db, userId),
    getDeckProgress(db, userId),
  ]);
  return { timezone, activity, forecast, retention: { allTime, last30Days }, states, chapters, quizzes, ...own };
}
