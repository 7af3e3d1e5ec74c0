import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("progress") };
}

export default async function ProgressPage() {
  const userId = await requirePageUserId("/progress");
  const progress = await getProgress(db, userId);
  const t = await getTranslations("progress");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("timezone", { timezone: progress.timezone })}</p>
      </div>
      <ReviewHeatmap activity={progress.activity} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ForecastChart forecast={progress.forecast} />
        <RetentionPanel retention={progress.retention} />
      </div>
      <CardStatesChart states={progress.states} />
      <section aria-labelledby="own-decks" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="own-decks" className="text-lg font-semibold">{t("yourDecks")}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("leeches")} <Link className="font-semibold underline" href="/browse?leech=true" data-testid="leech-count">{progress.leeches}</Link>
        </p>
        {progress.decks.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {progress.decks.map((d) => (
              <li key={d.id}>
                <Link className="underline" href={`/browse?deck=${d.id}`}>{d.name}</Link>: {t("deckReviewed", { reviewed: d.reviewed, cards: d.cards })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm">{t("noDecks")} <Link className="underline" href="/decks">{t("createOne")}</Link>.</p>
        )}
      </section>
      <ChapterMasteryTable chapters={progress.chapters} />
      <QuizScoresChart quizzes={progress.quizzes} />
    </div>
  );
}
