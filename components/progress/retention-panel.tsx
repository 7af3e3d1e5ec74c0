import { useTranslations } from "next-intl";
import type { RetentionBucket, TrueRetention } from "@/lib/progress/get-retention";
import { ChartPanel } from "./data-table";
import { percent } from "@/lib/i18n/format-progress";

const ROWS: { key: keyof TrueRetention; label: "young" | "matureRow" | "all" }[] = [
  { key: "young", label: "young" },
  { key: "mature", label: "matureRow" },
  { key: "total", label: "all" },
];

/** True retention as a table of numbers with inline bars: the numbers are the text alternative. */
export function RetentionPanel({ retention }: { retention: { allTime: TrueRetention; last30Days: TrueRetention } }) {
  const t = useTranslations("progress");
  return (
    <ChartPanel id="retention" title={t("retentionTitle")} description={t("retentionDescription")}>
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{t("retentionCaption")}</caption>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
            <th scope="col" className="py-1 pr-2 font-medium">{t("cardsColumn")}</th>
            <th scope="col" className="py-1 pr-2 font-medium">{t("last30")}</th>
            <th scope="col" className="py-1 font-medium">{t("allTime")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 pr-2 font-normal">{t(r.label)}</th>
              <td className="py-2 pr-2"><Rate bucket={retention.last30Days[r.key]} label={t("rateLast30", { label: t(r.label) })} /></td>
              <td className="py-2"><Rate bucket={retention.allTime[r.key]} label={t("rateAllTime", { label: t(r.label) })} testId={`retention-${r.key}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartPanel>
  );
}

function Rate({ bucket, label, testId }: { bucket: RetentionBucket; label: string; testId?: string }) {
  const t = useTranslations("progress");
  const pct = bucket.rate === null ? 0 : bucket.rate * 100;
  return (
    <div data-testid={testId}>
      <span className="font-semibold">{percent(bucket.rate, 1)}</span>{" "}
      <span className="text-xs text-slate-500 dark:text-slate-400">{bucket.passed}/{t("reviews", { count: bucket.reviews })}</span>
      <svg aria-hidden viewBox="0 0 100 4" preserveAspectRatio="none" className="mt-1 block h-1.5 w-full max-w-40 rounded">
        <rect width={100} height={4} className="fill-slate-200 dark:fill-slate-800" />
        <rect width={pct} height={4} className="fill-emerald-500 dark:fill-emerald-400">
          <title>{`${label}: ${percent(bucket.rate, 1)}`}</title>
        </rect>
      </svg>
    </div>
  );
}
