"use client";

import { useCallback, useEffect, useState } from "react";
import type { OptimizeResult } from "@/lib/scheduler/optimize-result";
import type { OptimizerStatus } from "@/lib/scheduler/get-optimizer-status";
import { panelClass, primaryButton, secondaryButton } from "../ui";

type Job = { status: "running" | "done" | "failed"; progress: number; result: OptimizeResult | null; error: string | null };
type ErrorBody = { error?: { message: string } };

const POLL_MS = 1000;

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json" } });
  const body = (await response.json()) as T & ErrorBody;
  if (!response.ok) throw new Error(body.error?.message ?? "Something went wrong.");
  return body;
}

const metric = (m: { logLoss: number; rmseBins: number }) => `log loss ${m.logLoss.toFixed(4)}, RMSE ${(m.rmseBins * 100).toFixed(2)}%`;

/** "Optimize my scheduler": fit FSRS to your history, compare, keep or revert. */
export function OptimizerPanel({ initial }: { initial: OptimizerStatus }) {
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
      call<Job>(`/api/scheduler/optimize/${jobId}`).then(setJob, (e: Error) => setMessage({ kind: "error", text: e.message }));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [jobId, job]);

  async function start() {
    setMessage(null);
    setJob(null);
    try {
      const { jobId: id } = await call<{ jobId: string }>("/api/scheduler/optimize", { method: "POST" });
      setJobId(id);
      setJob({ status: "running", progress: 0, result: null, error: null });
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message });
    }
  }

  async function act(url: string, body: unknown, done: (r: { rescheduled: { cards: number } }) => string) {
    setBusy(true);
    setMessage(null);
    try {
      const r = await call<{ rescheduled: { cards: number } }>(url, { method: "POST", body: JSON.stringify(body) });
      setMessage({ kind: "ok", text: done(r) });
      setJob(null);
      await refreshStatus();
    } catch (e) {
      setMessage({ kind: "error", text: (e as Error).message });
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
        <h2 id="optimizer-title" className="text-lg font-semibold">Optimize my scheduler</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Fits FSRS to your own {status.reviews} reviews (fsrs-rs), then checks, on reviews the fit did not see, whether the fitted weights predict your recall better than the ones you use now ({status.adopted ? "weights fitted to you" : "FSRS defaults"}).
        </p>
        {status.offer && !running && !result && <p className="mt-2 text-sm font-medium text-amber-700 dark:text-amber-400" data-testid="optimizer-offer">Enough new reviews since the last fit: worth optimizing again.</p>}
        {!enough && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Needs {status.minimum} reviews of cards on a later day than their previous review; you have {status.reviews}.</p>}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} onClick={start} disabled={running || busy || !enough}>{running ? "Optimizing…" : "Optimize my scheduler"}</button>
        {status.canRevert && (
          <button type="button" className={secondaryButton} disabled={busy || running} onClick={() => act("/api/scheduler/revert", {}, (r) => `Reverted to your previous weights; ${r.rescheduled.cards} cards rescheduled.`)}>
            Revert to previous weights
          </button>
        )}
      </div>
      {running && (
        <div role="progressbar" aria-label="Optimizer progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((job?.progress ?? 0) * 100)} className="h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
          <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round((job?.progress ?? 0) * 100)}%` }} />
        </div>
      )}
      {job?.status === "failed" && <p role="alert" className="text-sm text-red-600">{job.error}</p>}
      {result && (
        <div className="space-y-3 text-sm" data-testid="optimizer-result">
          <dl className="grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="font-medium">Current weights</dt>
            <dd className="tabular-nums" data-testid="optimizer-current">{metric(result.current)}</dd>
            <dt className="font-medium">Fitted weights</dt>
            <dd className="tabular-nums" data-testid="optimizer-fitted">{metric(result.fitted)}</dd>
          </dl>
          <p className="text-xs text-slate-500">Both scored on the same held-out reviews ({result.reviews} in your history); lower is better.</p>
          {result.better ? (
            <div className="flex flex-wrap gap-3">
              <button type="button" className={primaryButton} disabled={busy} onClick={() => act("/api/scheduler/adopt", { parameters: result.fitted.parameters }, (r) => `Fitted weights adopted; ${r.rescheduled.cards} cards rescheduled from their history.`)}>
                Use the fitted weights
              </button>
              <button type="button" className={secondaryButton} disabled={busy} onClick={() => setJob(null)}>Keep my current weights</button>
            </div>
          ) : (
            <p>Your current weights predict your reviews at least as well, so nothing changes.</p>
          )}
        </div>
      )}
      {message && <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "text-sm text-red-600" : "text-sm text-emerald-600"}>{message.text}</p>}
    </section>
  );
}
