import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { QuizSummary } from "@/lib/quiz/quiz-types";
import { panelClass } from "../ui";
import { ScoreChart } from "./score-chart";

/** Finished quizzes: a score chart (oldest to newest) and a table (newest first). */
export function QuizHistory({ quizzes, timezone }: { quizzes: QuizSummary[]; timezone: string }) {
  const t = useTranslations("quiz");
  const locale = useLocale();
  const modeLabel = (mode: string) => (mode === "mock" ? t("mock") : t("practice"));
  const format = new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: "medium", timeStyle: "short" });
  const short = new Intl.DateTimeFormat(locale, { timeZone: timezone, month: "short", day: "numeric" });
  const points = [...quizzes].reverse().map((q) => ({
    id: q.id,
    date: q.startedAt,
    label: short.format(new Date(q.startedAt)),
    percent: q.percent ?? 0,
    detail: `${q.correctCount}/${q.length}, ${locale === "en" ? modeLabel(q.mode).toLowerCase() : modeLabel(q.mode)}`,
  }));
  return (
    <section className={panelClass} aria-labelledby="history-heading" data-testid="quiz-history">
      <h2 id="history-heading" className="text-xl font-semibold">{t("history")}</h2>
      {quizzes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noHistory")}</p>
      ) : (
        <>
          <ScoreChart points={points} tableId="quiz-history-table" />
          <div className="mt-4 overflow-x-auto">
            <table id="quiz-history-table" className="w-full text-left text-sm">
              <caption className="sr-only">{t("historyCaption")}</caption>
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">{t("date")}</th>
                  <th scope="col" className="py-2 pr-3">{t("mode")}</th>
                  <th scope="col" className="py-2 pr-3">{t("chapters")}</th>
                  <th scope="col" className="py-2 text-right">{t("score")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {quizzes.map((q) => (
                  <tr key={q.id}>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      <Link href={`/quiz/${q.id}/results`} className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">{format.format(new Date(q.startedAt))}</Link>
                    </td>
                    <td className="py-2 pr-3">{modeLabel(q.mode)}</td>
                    <td className="py-2 pr-3">{q.chapterTitles.length ? q.chapterTitles.join(", ") : t("allChapters")}</td>
                    <td className="py-2 text-right tabular-nums">{q.correctCount}/{q.length} ({q.percent}%)</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
