import type { CheckResult, FailureKind } from "@/lib/exercises/engine/types";
import { FailureDetails } from "./failure-details";

const KIND_LABEL: Record<FailureKind, string> = {
  example: "Example failed",
  property: "Generated test failed",
  invariant: "Invariant broken",
  perf: "Too slow",
  timeout: "Timed out",
  compile: "Does not compile",
  forbidden: "Forbidden API",
  runtime: "Runtime error",
};

export function CheckResults({ mode, result }: { mode: "run" | "submit"; result: CheckResult }) {
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
            ? "Accepted: every example, generated test and performance check passed."
            : `All ${result.examplesPassed?.length ?? ""} examples pass. Submit for the full check.`
          : `${result.failures.length} problem${result.failures.length === 1 ? "" : "s"}`}
      </p>
      {result.examplesPassed && result.examplesPassed.length > 0 && !passedAll && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Passing examples: {result.examplesPassed.join(", ")}</p>
      )}
      <ul className="mt-3 space-y-3">
        {result.failures.map((failure, i) => (
          <li key={i}>
            <p className="text-sm">
              <span className="mr-2 rounded bg-white px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-red-700 dark:bg-slate-900 dark:text-red-300">{KIND_LABEL[failure.kind]}</span>
              <span className="whitespace-pre-wrap">{failure.message}</span>
            </p>
            {failure.counterexample && (
              <pre className="code-block mt-2 whitespace-pre-wrap text-xs" data-testid="counterexample"><code>{failure.counterexample}</code></pre>
            )}
            <FailureDetails failure={failure} />
          </li>
        ))}
      </ul>
      {result.seed !== undefined && <p className="mt-2 text-xs text-slate-500">Seed {result.seed}{result.durationMs !== undefined ? ` · ${Math.round(result.durationMs)} ms` : ""}</p>}
    </div>
  );
}
