import { useTranslations } from "next-intl";
import type { ChapterMastery } from "@/lib/progress/get-mastery";
import { ChartPanel } from "./data-table";
import { percent } from "@/lib/i18n/format-progress";

/** Per chapter: recall probability now, mature share and exercises, as a table with bars. */
export function ChapterMasteryTable({ chapters }: { chapters: ChapterMastery[] }) {
  const t = useTranslations("progress");
  return (
    <ChartPanel id="mastery" title={t("masteryTitle")} description={t("masteryDescription")}>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[560px] text-left text-sm tabular-nums">
          <caption className="sr-only">{t("masteryCaption")}</caption>
          <thead>
            <tr className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
              <th scope="col" className="py-1 pr-3 font-medium">{t("chapter")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("recallNow")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("mature")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("reviewed")}</th>
              <th scope="col" className="py-1 font-medium">{t("exercisesSolved")}</th>
            </tr>
          </thead>
          <tbody>
            {chapters.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 dark:border-slate-800" data-testid={`mastery-${c.id}`}>
                <th scope="row" className="py-2 pr-3 font-medium">{c.title}</th>
                <td className="py-2 pr-3"><Bar value={c.retrievability} text={percent(c.retrievability)} label={t("meanRecall", { title: c.title })} testId="mastery-recall" /></td>
                <td className="py-2 pr-3"><Bar value={c.cards ? c.mature / c.cards : 0} text={`${c.mature}/${c.cards}`} label={t("matureCards", { title: c.title })} /></td>
                <td className="py-2 pr-3">{c.reviewed}/{c.cards}</td>
                <td className="py-2">{c.exercisesTotal ? `${c.exercisesSolved}/${c.exercisesTotal}` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartPanel>
  );
}

function Bar({ value, text, label, testId }: { value: number | null; text: string; label: string; testId?: string }) {
  return (
    <div className="flex items-center gap-2">
      <svg aria-hidden viewBox="0 0 100 4" preserveAspectRatio="none" className="h-1.5 w-16 shrink-0 rounded">
        <rect width={100} height={4} className="fill-slate-200 dark:fill-slate-800" />
        <rect width={(value ?? 0) * 100} height={4} className="fill-brand-500">
          <title>{`${label}: ${text}`}</title>
        </rect>
      </svg>
      <span data-testid={testId}>{text}</span>
    </div>
  );
}
