"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { api } from "@/lib/client/api";
import { useErrorMessage, useJobErrorMessage } from "../i18n/use-error-message";
import type { OptimizeResult } from "@/lib/scheduler/optimize-result";
import type { OptimizerStatus } from "@/lib/scheduler/get-optimizer-status";
import { panelClass, primaryButton, secondaryButton } from "../ui";

type Job = { status: "running" | "done" | "failed"; progress: number; result: OptimizeResult | null; error: string | null; errorCode: string | null };

const POLL_MS = 1000;

// Through the app's API client: failures carry their code, shown in the UI's language.
const call = <T,>(url: string): Promise<T> => api.get<T>(url);

/** "Optimize my scheduler": fit FSRS to your history, compare, keep or revert. */
export function OptimizerPanel({ initial }: { initial: OptimizerStatus }) {
  const t = useTranslations("settings");
  const describeError = useErrorMessage();
  const describeJobError = useJobErrorMessage();
  const metric = (m: { logLoss: number; rmseBins: number }) => t("metric", { logLoss: m.logLoss.toFixed(4), rmse: (m.rmseBins * 100).toFixed(2) });
  const [status, setStatus] = useState(initial);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const refreshStatus = useCallback(async () => setStatus(await call<OptimizerStatus>("/api/scheduler/optimize")), []);

  // resume a fit still running from before a reload
  useEffect(() => {
    if (!initial.latestJobId) return;
    void call<Job>(`/api/scheduler/optimize/${initial.latestJobId}`).then((j) => {
      if (j.status === "running") {
        setJobId(initial.latestJobId);
        setJob(j);
      }
    }, () => undefined);
  }, [initial.latestJobId]);

  useEffect(() => {
    if (!jobId || (job && job.status !== "running")) return;
    const timer = setTimeout(() => {
      call<Job>(`/api/scheduler/optimize/${jobId}`).then(setJob, (e: unknown) => setMessage({ kind: "error", text: describeError(e) }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [jobId, job, describeError]);

  async function start() {
    setMessage(null);
    setJob(null);
    try {
      const { jobId: id } = await api.post<{ jobId: string }>("/api/scheduler/optimize");
      setJobId(id);
      setJob({ status: "running", progress: 0, result: null, error: null, errorCode: null });
    } catch (e) {
      setMessage({ kind: "error", text: describeError(e) });
    }
  }

  async function act(url: string, body: unknown, done: (r: { rescheduled: { cards: number } }) => string) {
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.post<{ rescheduled: { cards: number } }>(url, body);
      setMessage({ kind: "ok", text: done(r) });
      setJob(null);
      await refreshStatus();
    } catch (e) {
      setMessage({ kind: "error", text: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  const running = job?.status === "running";
  const enough = status.reviews >= status.minimum;
  const result = job?.status === "done" ? job.result : null;

  return (
    <section className={`${panelClass} mt-6 space-y-4`} aria-labelledby="optimizer-title" data-testid="optimizer">
      <div>
        <h2 id="optimizer-title" className="text-lg font-semibold">{t("optimizerTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("optimizerIntro", { reviews: status.reviews, current: status.adopted ? "fitted" : "defaults" })}
        </p>
        {status.offer && !running && !result && <p className="mt-2 text-sm font-medium text-amber-700 dark:text-amber-400" data-testid="optimizer-offer">{t("optimizerOffer")}</p>}
        {!enough && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("optimizerNeeds", { minimum: status.minimum, reviews: status.reviews })}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} onClick={start} disabled={running || busy || !enough}>{running ? t("optimizing") : t("optimize")}</button>
        {status.canRevert && (
          <button type="button" className={secondaryButton} disabled={busy || running} onClick={() => act("/api/scheduler/revert", {}, (r) => t("reverted", { cards: r.rescheduled.cards }))}>
            {t("revert")}
          </button>
        )}
      </div>
      {running && (
        <div role="progressbar" aria-label={t("optimizerProgress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((job?.progress ?? 0) * 100)} className="h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round((job?.progress ?? 0) * 100)}%` }} />
        </div>
      )}
      {job?.status === "failed" && <p role="alert" className="text-sm text-red-600">{describeJobError(job)}</p>}
      {result && (
        <div className="space-y-3 text-sm" data-testid="optimizer-result">
          <dl className="grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="font-medium">{t("currentWeights")}</dt>
            <dd className="tabular-nums" data-testid="optimizer-current">{metric(result.current)}</dd>
            <dt className="font-medium">{t("fittedWeights")}</dt>
            <dd className="tabular-nums" data-testid="optimizer-fitted">{metric(result.fitted)}</dd>
          </dl>
          <p className="text-xs text-slate-500">{t("heldOut", { reviews: result.reviews })}</p>
          {result.better ? (
            <div className="flex flex-wrap gap-3">
              <button type="button" className={primaryButton} disabled={busy} onClick={() => act("/api/scheduler/adopt", { parameters: result.fitted.parameters }, (r) => t("adopted", { cards: r.rescheduled.cards }))}>
                {t("useFitted")}
              </button>
              <button type="button" className={secondaryButton} disabled={busy} onClick={() => setJob(null)}>{t("keepCurrent")}</button>
            </div>
          ) : (
            <p>{t("notBetter")}</p>
          )}
        </div>
      )}
      {message && <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-sm text-red-600" : "text-sm text-emerald-600"}>{message.text}</p>}
    </section>
  );
}
