import { useLocale, useTranslations } from "next-intl";
import type { Forecast } from "@/lib/progress/get-forecast";
import { ChartPanel, DataTable } from "./data-table";
import { shortDay } from "@/lib/i18n/format-progress";

const BAR = 9;
const GAP = 3;
const HEIGHT = 120;
const BOTTOM = 18;
const LEFT = 22;

/** Bars of cards due on each of the next 30 days; today's bar includes the overdue backlog. */
export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const t = useTranslations("progress");
  const locale = useLocale();
  const { days, overdue } = forecast;
  const max = Math.max(1, ...days.map((d) => d.due));
  const total = days.reduce((n, d) => n + d.due, 0);
  const width = LEFT + days.length * (BAR + GAP);
  const scale = (n: number) => (n / max) * (HEIGHT - 10);
  const summary = t("forecastSummary", { cards: t("cards", { count: total }), today: days[0].due, overdue });
  return (
    <ChartPanel id="forecast" title={t("forecastTitle")} description={summary}>
      <svg role="img" aria-labelledby="forecast-title forecast-desc" viewBox={`0 0 ${width} ${HEIGHT + BOTTOM}`} className="h-auto w-full">
        <title id="forecast-title">{t("forecastChartTitle")}</title>
        <desc id="forecast-desc">{summary} {t("forecastChartDesc")}</desc>
        <line x1={LEFT} x2={width} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300 dark:stroke-slate-700" />
        <text x={LEFT - 4} y={12} textAnchor="end" className="fill-slate-500 text-[9px] dark:fill-slate-400">{max}</text>
        <text x={LEFT - 4} y={HEIGHT} textAnchor="end" className="fill-slate-500 text-[9px] dark:fill-slate-400">0</text>
        {days.map((d, i) => {
          const h = scale(d.due);
          const x = LEFT + i * (BAR + GAP);
          return (
            <g key={d.day}>
              <rect x={x} y={HEIGHT - h} width={BAR} height={Math.max(h, d.due ? 1 : 0)} rx={2} className={i === 0 ? "fill-amber-500 dark:fill-amber-400" : "fill-brand-500 dark:fill-brand-500"} data-testid="forecast-bar" data-count={d.due}>
                <title>{t("forecastBar", { day: i === 0 ? t("today") : shortDay(d.day, locale), cards: t("cards", { count: d.due }), overdue: i === 0 ? overdue : 0 })}</title>
              </rect>
              {i % 5 === 0 && (
                <text x={x + BAR / 2} y={HEIGHT + 13} textAnchor="middle" className="fill-slate-500 text-[9px] dark:fill-slate-400">{i === 0 ? t("today") : shortDay(d.day, locale)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <DataTable caption={t("forecastCaption")} headers={[t("day"), t("cardsDue")]} rows={days.map((d, i) => [i === 0 ? t("todayWithDay", { day: shortDay(d.day, locale) }) : shortDay(d.day, locale), i === 0 && overdue ? t("dueWithOverdue", { due: d.due, overdue }) : d.due])} testId="forecast-table" />
    </ChartPanel>
  );
}
