import type { Metadata } from "next";
import Link from "next/link";
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
      <section aria-labelledby="own-decks" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="own-decks" className="text-lg font-semibold">Your decks</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Leeches: <Link className="font-semibold underline" href="/browse?leech=true" data-testid="leech-count">{progress.leeches}</Link>
        </p>
        {progress.decks.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {progress.decks.map((d) => (
              <li key={d.id}>
                <Link className="underline" href={`/browse?deck=${d.id}`}>{d.name}</Link>: {d.reviewed} of {d.cards} cards reviewed
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm">No decks yet. <Link className="underline" href="/decks">Create one</Link>.</p>
        )}
      </section>
      <ChapterMasteryTable chapters={progress.chapters} />
      <QuizScoresChart quizzes={progress.quizzes} />
    </div>
  );
}
