import type { Metadata } from "next";
import { CardStatesChart } from "@/components/progress/card-states-chart";
import { ChapterMasteryTable } from "@/components/progress/chapter-mastery";
import { ForecastChart } from "@/components/progress/forecast-chart";
import { QuizScoresChart } from "@/components/progress/quiz-scores-chart";
import { RetentionPanel } from "@/components/progress/retention-panel";
import { ReviewHeatmap } from "@/components/progress/review-heatmap";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { getProgress } from "@/lib/progress/get-progress";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const userId = await requirePageUserId("/progress");
  const progress = await getProgress(db, userId);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Days follow your time zone ({progress.timezone}).</p>
      </div>
      <ReviewHeatmap activity={progress.activity} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ForecastChart forecast={progress.forecast} />
        <RetentionPanel retention={progress.retention} />
      </div>
      <CardStatesChart states={progress.states} />
      <ChapterMasteryTable chapters={progress.chapters} />
      <QuizScoresChart quizzes={progress.quizzes} />
    </div>
  );
}
