import { useTranslations } from "next-intl";
import type { CheckResult, FailureKind } from "@/lib/exercises/engine/types";
import { FailureDetails } from "./failure-details";

const KIND_LABEL: Record<FailureKind, "kindExample" | "kindProperty" | "kindInvariant" | "kindPerf" | "kindTimeout" | "kindCompile" | "kindForbidden" | "kindRuntime"> = {
  example: "kindExample",
  property: "kindProperty",
  invariant: "kindInvariant",
  perf: "kindPerf",
  timeout: "kindTimeout",
  compile: "kindCompile",
  forbidden: "kindForbidden",
  runtime: "kindRuntime",
};

export function CheckResults({ mode, result }: { mode: "run" | "submit"; result: CheckResult }) {
  const t = useTranslations("exercises");
  const passedAll = result.passed;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="check-results"
      data-passed={passedAll}
      className={`rounded-lg border p-4 ${passedAll ? "border-emerald-400 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40" : "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40"}`}
    >
      <p className="font-semibold">
        {passedAll
          ? mode === "submit"
            ? t("accepted")
            : t("examplesPass", { count: result.examplesPassed?.length ?? 0 })
          : t("problems", { count: result.failures.length })}
      </p>
      {result.examplesPassed && result.examplesPassed.length > 0 && !passedAll && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("passingExamples", { list: result.examplesPassed.join(", ") })}</p>
      )}
      <ul className="mt-3 space-y-3">
        {result.failures.map((failure, i) => (
          <li key={i}>
            <p className="text-sm">
              <span className="mr-2 rounded bg-white px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-red-700 dark:bg-slate-900 dark:text-red-300">{t(KIND_LABEL[failure.kind])}</span>
              <span className="whitespace-pre-wrap">{failure.message}</span>
            </p>
            {failure.counterexample && (
              <pre className="code-block mt-2 whitespace-pre-wrap text-xs" data-testid="counterexample"><code>{failure.counterexample}</code></pre>
            )}
            <FailureDetails failure={failure} />
          </li>
        ))}
      </ul>
      {result.seed !== undefined && <p className="mt-2 text-xs text-slate-500">{t("seed", { seed: result.seed })}{result.durationMs !== undefined ? ` · ${Math.round(result.durationMs)} ms` : ""}</p>}
    </div>
  );
}
