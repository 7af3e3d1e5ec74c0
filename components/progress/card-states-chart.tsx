import { useLocale, useTranslations } from "next-intl";
import type { CardStates } from "@/lib/progress/get-card-states";
import { ChartPanel } from "./data-table";
import { count } from "@/lib/i18n/format-progress";

const PARTS: { key: Exclude<keyof CardStates, "total">; label: "new" | "learning" | "review" | "relearning" | "suspended"; swatch: string }[] = [
  { key: "new", label: "new", swatch: "fill-brand-500 dark:fill-brand-500" },
  { key: "learning", label: "learning", swatch: "fill-orange-500 dark:fill-orange-400" },
  { key: "review", label: "review", swatch: "fill-emerald-600 dark:fill-emerald-400" },
  { key: "relearning", label: "relearning", swatch: "fill-rose-500 dark:fill-rose-400" },
  { key: "suspended", label: "suspended", swatch: "fill-slate-400 dark:fill-slate-500" },
];

/** One stacked bar of the user's cards by state; the legend lists every count as text. */
export function CardStatesChart({ states }: { states: CardStates }) {
  const t = useTranslations("progress");
  const locale = useLocale();
  const total = Math.max(1, states.total);
  // Each segment starts where the previous ones end.
  const widths = PARTS.map((p) => (states[p.key] / total) * 100);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const summary = PARTS.map((p) => `${t(p.label)} ${states[p.key]}`).join(locale === "zh" ? "，" : ", ");
  return (
    <ChartPanel id="states" title={t("statesTitle")} description={t("statesDescription", { cards: t("cards", { count: states.total }) })}>
      <svg role="img" aria-label={t("statesLabel", { summary })} viewBox="0 0 100 6" preserveAspectRatio="none" className="block h-4 w-full overflow-hidden rounded">
        {PARTS.map((p, i) => (
          <rect key={p.key} x={starts[i]} width={widths[i]} height={6} className={p.swatch}>
            <title>{`${t(p.label)}: ${states[p.key]} (${Math.round(widths[i])}%)`}</title>
          </rect>
        ))}
      </svg>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {PARTS.map((p) => (
          <div key={p.key}>
            <dt className="flex items-center gap-1.5 text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
              <svg aria-hidden width={10} height={10}><rect width={10} height={10} rx={2} className={p.swatch} /></svg>
              {t(p.label)}
            </dt>
            <dd className="text-xl font-bold tabular-nums" data-testid={`state-${p.key}`}>{count(states[p.key], locale)}</dd>
          </div>
        ))}
      </dl>
    </ChartPanel>
  );
}
