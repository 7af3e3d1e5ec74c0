"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useErrorMessage } from "../i18n/use-error-message";
import { api } from "@/lib/client/api";
import type { CheckResult } from "@/lib/exercises/engine/types";
import type { ExerciseView } from "@/lib/exercises/progress/get-exercise";
import { panelClass, primaryButton, secondaryButton } from "../ui";
import { runCheck } from "./checker-host";
import { CodeEditor } from "./code-editor";
import { CheckResults } from "./check-results";
import { HintList } from "./hint-list";
import { RatePanel } from "./rate-panel";
import { checkTypes } from "./type-checker";
import { TypeErrors } from "./type-errors";
import type { TypeDiagnostic } from "@/lib/exercises/typecheck/typecheck";

type Props = { view: ExerciseView; review: boolean };
type Running = null | "run" | "submit";

const AUTOSAVE_MS = 800;
const TYPECHECK_MS = 1200;
// Examples alone take milliseconds; the full check includes timed performance probes.
const TIME_LIMIT_MS = { run: 5_000, submit: 20_000 } as const;


export function ExerciseWorkspace({ view, review }: Props) {
  const t = useTranslations("exercises");
  const describeError = useErrorMessage();
  const id = view.meta.id;
  // A due exercise is solved again from the starter; otherwise the learner's saved code comes back.
  const initial = review ? view.starter : (view.savedCode ?? view.starter);
  const code = useRef(initial);
  const [running, setRunning] = useState<Running>(null);
  const [result, setResult] = useState<{ mode: "run" | "submit"; result: CheckResult } | null>(null);
  const [saveState, setSaveState] = useState<"saved" | "saving" | "unsaved" | "error">("saved");
  const [suggested, setSuggested] = useState<number | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [referenceUnlocked, setReferenceUnlocked] = useState(view.referenceUnlocked);
  const [reset, setReset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [typeErrors, setTypeErrors] = useState<TypeDiagnostic[] | null>(null);

  const save = useCallback(async () => {
    setSaveState("saving");
    try {
      await api.put(`/api/exercises/${id}/code`, { code: code.current });
      setSaveState("saved");
    } catch {
      setSaveState("error");
    }
  }, [id]);

  const onChange = useCallback(
    (next: string) => {
      code.current = next;
      setSaveState("unsaved");
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void save(), AUTOSAVE_MS);
      // Type errors once typing pauses; the checker is fetched on the first edit only.
      if (typeTimer.current) clearTimeout(typeTimer.current);
      typeTimer.current = setTimeout(() => {
        checkTypes(code.current).then(setTypeErrors, () => setTypeErrors(null));
      }, TYPECHECK_MS);
    },
    [save],
  );

  // Save on the way out too, so the last keystrokes are never lost.
  useEffect(() => {
    const flush = () => {
      if (saveTimer.current) navigator.sendBeacon?.(`/api/exercises/${id}/code`, new Blob([JSON.stringify({ code: code.current })], { type: "application/json" }));
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [id]);

  const check = useCallback(
    async (mode: "run" | "submit") => {
      if (running) return;
      setRunning(mode);
      setError(null);
      setResult(null);
      const source = code.current;
      const checked = await runCheck({ exerciseId: id, source, mode }, TIME_LIMIT_MS[mode]);
      setResult({ mode, result: checked });
      setRunning(null);
      try {
        const recorded = await api.post<{ suggestedRating: number | null }>(`/api/exercises/${id}/attempts`, { mode, passed: checked.passed, failures: checked.failures.slice(0, 50), code: source });
        if (recorded.suggestedRating) {
          setSuggested(recorded.suggestedRating);
          setReferenceUnlocked(true);
        }
      } catch (e) {
        setError(t("resultNotSaved", { message: describeError(e) }));
      }
    },
    [id, running, t, describeError],
  );

  async function giveUp() {
    if (!window.confirm(t("giveUpConfirm"))) return;
    try {
      const body = await api.post<{ reference: string; suggestedRating: number }>(`/api/exercises/${id}/give-up`, {});
      setReference(body.reference);
      setReferenceUnlocked(true);
      setSuggested(body.suggestedRating);
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function showReference() {
    try {
      setReference((await api.get<{ reference: string }>(`/api/exercises/${id}/reference`)).reference);
    } catch (e) {
      setError(describeError(e));
    }
  }

  // grid-cols-1 (minmax(0, 1fr)), not an auto track: a wide code block in the prompt scrolls
  // inside its box instead of widening the page on a phone.
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <section aria-label={t("exercise")} className="min-w-0 space-y-4">
        <div className={panelClass}>
          <div className="md" dangerouslySetInnerHTML={{ __html: view.promptHtml }} />
        </div>
        <HintList hints={view.meta.hints} />
      </section>
      <section aria-label={t("solution")} className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => void check("run")} disabled={running !== null} className={secondaryButton} title="Ctrl/Cmd+Enter">
            {running === "run" ? t("running") : t("runExamples")}
          </button>
          <button type="button" onClick={() => void check("submit")} disabled={running !== null} className={primaryButton} title="Ctrl/Cmd+Shift+Enter">
            {running === "submit" ? t("checking") : t("submit")}
          </button>
          <button type="button" onClick={() => { code.current = view.starter; setReset((n) => n + 1); onChange(view.starter); }} className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
            {t("resetToStarter")}
          </button>
          <span className="ml-auto text-xs text-slate-500" aria-live="polite" data-testid="save-state">
            {saveState === "saving" ? t("saving") : saveState === "saved" ? t("saved") : saveState === "error" ? t("notSaved") : t("editing")}
          </span>
        </div>
        <CodeEditor initial={initial} onChange={onChange} onRun={() => void check("run")} onSubmit={() => void check("submit")} resetKey={reset} resetTo={view.starter} />
        <TypeErrors diagnostics={typeErrors} />
        {error && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{error}</p>}
        {result && <CheckResults mode={result.mode} result={result.result} />}
        {suggested !== null && <RatePanel exerciseId={id} suggested={suggested} review={review} />}
        <div className="flex flex-wrap gap-2 text-sm">
          {referenceUnlocked ? (
            reference === null && <button type="button" onClick={() => void showReference()} className={secondaryButton}>{t("showReference")}</button>
          ) : (
            <button type="button" onClick={() => void giveUp()} className="rounded px-2 py-1 text-slate-600 underline-offset-2 hover:underline dark:text-slate-300">{t("giveUp")}</button>
          )}
          {review && <Link href="/review" className="rounded px-2 py-1 text-slate-600 underline-offset-2 hover:underline dark:text-slate-300">{t("backToReview")}</Link>}
        </div>
        {reference !== null && (
          <div className={panelClass}>
            <h2 className="mb-2 font-semibold">{t("referenceTitle")}</h2>
            <pre className="code-block max-h-[32rem] overflow-auto" data-testid="reference-solution"><code>{reference}</code></pre>
          </div>
        )}
      </section>
    </div>
  );
}
