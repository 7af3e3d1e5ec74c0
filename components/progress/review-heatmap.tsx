import { useLocale, useTranslations } from "next-intl";
import type { ReviewActivity } from "@/lib/progress/get-review-activity";
import { weekday } from "@/lib/progress/day-keys";
import { ChartPanel, DataTable } from "./data-table";
import { count, longDay, monthName, studyTime, weekdayName } from "@/lib/i18n/format-progress";

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 28; // weekday labels
const TOP = 16; // month labels

// Five intensity levels; each pair reads on white and on slate-900 alike.
const LEVELS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];

function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/** GitHub-style year of reviews: a column per week (Sunday first), a cell per local day. */
export function ReviewHeatmap({ activity }: { activity: ReviewActivity }) {
  const t = useTranslations("progress");
  const locale = useLocale();
  const time = (ms: number) => studyTime(ms, t);
  const { days, today, totals, current, longest } = activity;
  const offset = weekday(days[0].day); // blank cells before the first day in its week
  const weeks = Math.ceil((offset + days.length) / 7);
  const max = Math.max(0, ...days.map((d) => d.reviews));
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    const col = Math.floor((offset + i) / 7);
    if (d.day.endsWith("-01") || i === 0) {
      if (months.length === 0 || col - Math.round((months.at(-1)!.x - LEFT) / STEP) >= 3) months.push({ x: LEFT + col * STEP, label: monthName(d.day, locale) });
    }
  });
  const summary = t("heatmapSummary", { reviews: t("reviews", { count: totals.reviews }), activeDays: t("days", { count: totals.activeDays }), time: time(totals.durationMs), current: t("days", { count: current }), longest: t("days", { count: longest }) });
  return (
    <ChartPanel id="heatmap" title={t("heatmapTitle")} description={summary}>
      <dl className="mb-4 flex flex-wrap gap-6">
        <Stat label={t("currentStreak")} value={t("days", { count: current })} testId="current-streak" />
        <Stat label={t("longestStreak")} value={t("days", { count: longest })} testId="longest-streak" />
        <Stat label={t("reviews365")} value={count(totals.reviews, locale)} />
        <Stat label={t("studyTime")} value={time(totals.durationMs)} />
      </dl>
      {/* Reversed flex: on a narrow screen the scroller starts at the right, on the recent weeks. */}
      <div className="flex flex-row-reverse overflow-x-auto">
        <svg role="img" aria-labelledby="heatmap-title heatmap-desc" viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[640px] shrink-0">
          <title id="heatmap-title">{t("heatmapChartTitle")}</title>
          <desc id="heatmap-desc">{summary} {t("heatmapChartDesc")}</desc>
          {months.map((m) => (
            <text key={m.x} x={m.x} y={10} className="fill-slate-500 text-[9px] dark:fill-slate-400">{m.label}</text>
          ))}
          {[1, 3, 5].map((row) => (
            <text key={row} x={0} y={TOP + row * STEP + CELL - 2} className="fill-slate-500 text-[9px] dark:fill-slate-400">{weekdayName(row, locale)}</text>
          ))}
          {days.map((d, i) => {
            const col = Math.floor((offset + i) / 7);
            const row = (offset + i) % 7;
            const isToday = d.day === today;
            return (
              <rect
                key={d.day}
                x={LEFT + col * STEP}
                y={TOP + row * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                className={`${LEVELS[level(d.reviews, max)]} ${isToday ? "stroke-brand-600 dark:stroke-brand-100" : ""}`}
                strokeWidth={isToday ? 1.5 : 0}
                data-day={d.day}
                data-count={d.reviews}
                data-testid={isToday ? "heatmap-today" : undefined}
              >
                <title>{`${longDay(d.day, locale)}${isToday ? t("todaySuffix") : ""}: ${t("reviews", { count: d.reviews })}${d.reviews ? `, ${time(d.durationMs)}` : ""}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <div className="mt-2 flex items-center justify-end gap-1 text-xs text-slate-500 dark:text-slate-400" aria-hidden>
        {t("less")}
        {LEVELS.map((cls) => (
          <svg key={cls} width={CELL} height={CELL}><rect width={CELL} height={CELL} rx={2} className={cls} /></svg>
        ))}
        {t("more")}
      </div>
      <DataTable
        caption={t("heatmapCaption")}
        headers={[t("day"), t("reviewsColumn"), t("studyTime")]}
        rows={days.filter((d) => d.reviews > 0).reverse().map((d) => [longDay(d.day, locale), d.reviews, time(d.durationMs)])}
        testId="heatmap-table"
      />
    </ChartPanel>
  );
}

export function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums" data-testid={testId}>{value}</dd>
    </div>
  );
}
