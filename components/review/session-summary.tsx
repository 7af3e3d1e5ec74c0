import { useTranslations } from "next-intl";
import type { SessionStats } from "./use-review-session";

const LABELS = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

export function SessionSummary({ stats }: { stats: SessionStats }) {
  const t = useTranslations("review");
  if (stats.reviewed === 0) return null;
  const minutes = Math.max(1, Math.round(stats.studyMs / 60_000));
  const passed = stats.reviewed - stats.byRating[1];
  return (
    <div className="mt-4" data-testid="session-summary">
      <p className="text-slate-600 dark:text-slate-400">
        {t("summary", { count: stats.reviewed, minutes, percent: Math.round((passed / stats.reviewed) * 100) })}
      </p>
      <dl className="mx-auto mt-3 grid max-w-sm grid-cols-4 gap-2 text-sm">
        {([1, 2, 3, 4] as const).map((r) => (
          <div key={r} className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
            <dt className="text-xs text-slate-500">{t(LABELS[r])}</dt>
            <dd className="font-semibold tabular-nums">{stats.byRating[r]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
