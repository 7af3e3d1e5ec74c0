import { useTranslations } from "next-intl";
import type { Failure } from "@/lib/exercises/engine/types";

/**
 * The structured parts of a failure: the learner's and the reference's state side by side after
 * the failing step (differing rows highlighted), and for a perf failure the measured growth
 * table with its likely cause. The CLI prints the same content as `failures[].details`.
 */
export function FailureDetails({ failure }: { failure: Failure }) {
  const t = useTranslations("exercises");
  return (
    <>
      {failure.state && failure.state.length > 0 && (
        <table className="mt-2 w-full border-collapse text-xs" data-testid="state-diff">
          <caption className="mb-1 text-left font-semibold">{t("stateAfter")}</caption>
          <thead>
            <tr className="text-left text-slate-600 dark:text-slate-400">
              <th className="pr-3 font-medium">{t("observed")}</th>
              <th className="pr-3 font-medium">{t("yourSolution")}</th>
              <th className="font-medium">{t("reference")}</th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {failure.state.map((row) => (
              <tr
                key={row.label}
                data-differs={row.differs}
                className={row.differs ? "bg-amber-100 font-semibold dark:bg-amber-900/50" : ""}
                aria-label={row.differs ? `${row.label} differs` : undefined}
              >
                <td className="py-0.5 pr-3 align-top">{row.differs ? "≠ " : ""}{row.label}</td>
                <td className="py-0.5 pr-3 align-top break-all">{row.learner}</td>
                <td className="py-0.5 align-top break-all">{row.reference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failure.growth && failure.growth.length > 0 && (
        <table className="mt-2 border-collapse text-xs" data-testid="growth-table">
          <caption className="mb-1 text-left font-semibold">{t("growth")}</caption>
          <thead>
            <tr className="text-right text-slate-600 dark:text-slate-400">
              <th className="pr-4 font-medium">n</th>
              <th className="pr-4 font-medium">{t("youMs")}</th>
              <th className="pr-4 font-medium">{t("referenceMs")}</th>
              <th className="font-medium">{t("ratio")}</th>
            </tr>
          </thead>
          <tbody className="text-right font-mono">
            {failure.growth.map((row) => (
              <tr key={row.n}>
                <td className="pr-4">{row.n}</td>
                <td className="pr-4">{row.learnerMs.toPrecision(3)}</td>
                <td className="pr-4">{row.referenceMs.toPrecision(3)}</td>
                <td>{row.ratio.toPrecision(3)}x</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failure.likelyCause && (
        <p className="mt-2 text-sm" data-testid="likely-cause">
          <span className="font-semibold">{t("likelyCause")} </span>
          {failure.likelyCause}
        </p>
      )}
    </>
  );
}
