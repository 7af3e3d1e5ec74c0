import { useLocale, useTranslations } from "next-intl";
import type { QuizScore } from "@/lib/progress/get-quiz-scores";
import { ChartPanel, DataTable } from "./data-table";
import { percent } from "@/lib/i18n/format-progress";

const W = 600;
const H = 160;
const PAD = { left: 34, right: 10, top: 10, bottom: 10 };

const when = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** Quiz scores in the order taken: a line with a point per finished quiz. */
export function QuizScoresChart({ quizzes }: { quizzes: QuizScore[] }) {
  const t = useTranslations("progress");
  const locale = useLocale();
  const mode = (m: string) => (m === "practice" ? t("modePractice") : m === "mock" ? t("modeMock") : m);
  if (quizzes.length === 0) {
    return (
      <ChartPanel id="quizzes" title={t("quizTitle")}>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="quizzes-empty">{t("quizEmpty")}</p>
      </ChartPanel>
    );
  }
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (quizzes.length === 1 ? innerW / 2 : (i / (quizzes.length - 1)) * innerW);
  const y = (score: number) => PAD.top + (1 - score) * innerH;
  const mean = quizzes.reduce((n, q) => n + q.score, 0) / quizzes.length;
  const summary = t("quizSummary", { count: quizzes.length, latest: percent(quizzes.at(-1)!.score), average: percent(mean) });
  return (
    <ChartPanel id="quizzes" title={t("quizTitle")} description={summary}>
      <svg role="img" aria-labelledby="quizzes-title quizzes-desc" viewBox={`0 0 ${W} ${H}`} className="h-auto w-full">
        <title id="quizzes-title">{t("quizChartTitle")}</title>
        <desc id="quizzes-desc">{summary}</desc>
        {[0, 0.5, 1].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} className="stroke-slate-200 dark:stroke-slate-800" />
            <text x={PAD.left - 6} y={y(g) + 3} textAnchor="end" className="fill-slate-500 text-[10px] dark:fill-slate-400">{percent(g)}</text>
          </g>
        ))}
        <polyline fill="none" strokeWidth={2} className="stroke-brand-500" points={quizzes.map((q, i) => `${x(i)},${y(q.score)}`).join(" ")} />
        {quizzes.map((q, i) => (
          <circle key={q.id} cx={x(i)} cy={y(q.score)} r={4} className="fill-white stroke-brand-600 dark:fill-slate-900 dark:stroke-brand-100" strokeWidth={2} data-testid="quiz-point">
            <title>{`${when(q.finishedAt, locale)} (${mode(q.mode)}): ${q.correct}/${q.length}, ${percent(q.score)}`}</title>
          </circle>
        ))}
      </svg>
      <DataTable caption={t("quizCaption")} headers={[t("finished"), t("mode"), t("correct"), t("score")]} rows={quizzes.map((q) => [when(q.finishedAt, locale), mode(q.mode), `${q.correct}/${q.length}`, percent(q.score)])} testId="quizzes-table" />
    </ChartPanel>
  );
}
