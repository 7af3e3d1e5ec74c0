import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { formatDuration } from "@/components/quiz/format";
import { RevealedAnswer } from "@/components/quiz/revealed-answer";
import { SendMissedButton } from "@/components/quiz/send-missed-button";
import { panelClass, secondaryButton } from "@/components/ui";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { AppError } from "@/lib/errors";
import { getQuizResults } from "@/lib/quiz/finish-quiz";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("quizResults") };
}

export default async function QuizResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = await requirePageUserId(`/quiz/${id}/results`);
  const results = await getQuizResults(db, userId, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "QUIZ_NOT_FINISHED") redirect(`/quiz/${id}`);
    throw error;
  });
  const t = await getTranslations("quiz");
  const header = await getTranslations("header");
  const duration = (ms: number) => formatDuration(ms, t);
  return (
    <div className="space-y-6" data-testid="quiz-results">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-500"><Link href="/quiz" className="hover:underline">{header("quiz")}</Link> / {t("results")}</nav>
      <section className={`${panelClass} flex flex-wrap items-end justify-between gap-6`} aria-labelledby="score-heading">
        <div>
          <p className="text-sm font-medium text-slate-500">{results.mode === "mock" ? t("mock") : t("practice")}</p>
          <h1 id="score-heading" className="text-3xl font-bold tracking-tight" data-testid="quiz-score">
            {results.correct}/{results.total} <span className="text-slate-500">({results.percent}%)</span>
          </h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {t("timeTaken", { time: duration(results.timeTakenMs) })}
            {results.timeLimitMs !== null && t("ofLimit", { limit: duration(results.timeLimitMs) })} · {t("answeredOf", { answered: results.answered, total: results.total })}
          </p>
        </div>
        <Link href="/quiz" className={secondaryButton}>{t("newQuiz")}</Link>
      </section>

      <section className={panelClass} aria-labelledby="chapters-heading">
        <h2 id="chapters-heading" className="text-xl font-semibold">{t("byChapter")}</h2>
        <table className="mt-3 w-full text-left text-sm" data-testid="chapter-breakdown">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr><th scope="col" className="py-2">{t("chapters")}</th><th scope="col" className="py-2 text-right">{t("correct")}</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {results.chapters.map((c) => (
              <tr key={c.chapterId}>
                <td className="py-2">{c.title}</td>
                <td className="py-2 text-right tabular-nums">{c.correct}/{c.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={panelClass} aria-labelledby="missed-heading">
        <h2 id="missed-heading" className="text-xl font-semibold">{t("missedHeading", { count: results.missed.length })}</h2>
        {results.missed.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t("perfect")}</p>
        ) : (
          <>
            {results.missedCardCount > 0 && (
              <div className="mt-3"><SendMissedButton quizId={results.id} count={results.missedCardCount} alreadySent={results.missedSentAt !== null} /></div>
            )}
            <ol className="mt-6 space-y-6">
              {results.missed.map((m) => (
                <li key={m.position} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="missed-question" data-card-id={m.cardId ?? ""}>
                  <p className="text-xs text-slate-500">{t("questionHeading", { position: m.position })} · {m.chapterTitle} · {m.answered ? t("wrong") : t("notAnsweredShort")}</p>
                  <div className="md mt-2 text-lg" dangerouslySetInnerHTML={{ __html: m.reveal.prompt }} />
                  <div className="mt-3"><RevealedAnswer reveal={m.reveal} /></div>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
