"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { SimulationInput, SimulationSeries } from "@/lib/scheduler/simulate-retention";
import { CHART_DAYS, CHART_RETENTIONS } from "@/lib/scheduler/simulate-schemas";

const WIDTH = 320;
const HEIGHT = 110;
const BOTTOM = 16;
const LEFT = 26;

type State = { kind: "loading" } | { kind: "error"; text: string | null } | { kind: "ready"; series: SimulationSeries[]; ms: number };

const perDay = (s: SimulationSeries) => s.reviewsPerDay.reduce((a, b) => a + b, 0) / s.reviewsPerDay.length;

/**
 * Forecast next to the desired-retention slider: mean reviews per day over the next 90 days
 * (bars) and the share of cards remembered at the end (line), for retentions 70–97 %, from the
 * learner's own weights, cards and pace. The simulation runs in a Web Worker.
 */
export function RetentionSimulator({ retention }: { retention: number }) {
  const t = useTranslations("settings");
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let worker: Worker | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const response = await fetch("/api/scheduler/simulate");
        const body = (await response.json()) as { input?: SimulationInput; error?: { message: string } };
        if (!response.ok || !body.input) throw new Error(body.error?.message ?? "could not load your cards");
        if (cancelled) return;
        worker = new Worker(new URL("./retention-simulator.worker.ts", import.meta.url));
        worker.onmessage = (event: MessageEvent<{ series: SimulationSeries[]; ms: number }>) => setState({ kind: "ready", ...event.data });
        worker.onerror = () => setState({ kind: "error", text: null });
        worker.postMessage({ input: body.input, retentions: CHART_RETENTIONS, days: CHART_DAYS });
      } catch (error) {
        if (!cancelled) setState({ kind: "error", text: error instanceof Error ? error.message : null });
      }
    })();
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, []);

  if (state.kind === "loading") return <p className="mt-2 text-xs text-slate-500" role="status">{t("simulating", { days: CHART_DAYS })}</p>;
  if (state.kind === "error") return <p className="mt-2 text-xs text-red-600" role="alert">{state.text ?? t("simulationFailed")}</p>;

  const { series } = state;
  const nearest = series.reduce((best, s) => (Math.abs(s.retention - retention) < Math.abs(best.retention - retention) ? s : best), series[0]);
  const maxLoad = Math.max(1, ...series.map(perDay));
  const step = (WIDTH - LEFT) / series.length;
  const x = (i: number) => LEFT + i * step + step / 2;
  const yLoad = (v: number) => HEIGHT - (v / maxLoad) * (HEIGHT - 8);
  const minRemembered = Math.min(...series.map((s) => s.remembered));
  const yRemembered = (v: number) => HEIGHT - ((v - minRemembered) / Math.max(0.001, 1 - minRemembered)) * (HEIGHT - 8);
  const summary = t("simulatorSummary", { retention: Math.round(nearest.retention * 100), reviews: Math.round(perDay(nearest)), minutes: Math.round(nearest.minutesPerDay), remembered: (nearest.remembered * 100).toFixed(1), days: CHART_DAYS });

  return (
    <figure className="mt-3" data-testid="retention-simulator">
      <svg role="img" aria-labelledby="sim-title sim-desc" viewBox={`0 0 ${WIDTH} ${HEIGHT + BOTTOM}`} className="h-auto w-full max-w-md">
        <title id="sim-title">{t("simulatorTitle")}</title>
        <desc id="sim-desc">{summary}</desc>
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300 dark:stroke-slate-700" />
        <text x={LEFT - 3} y={12} textAnchor="end" className="fill-slate-500 text-[8px]">{t("perDayAxis", { count: Math.round(maxLoad) })}</text>
        {series.map((s, i) => {
          const top = yLoad(perDay(s));
          const selected = s === nearest;
          return (
            <g key={s.retention}>
              <rect x={x(i) - step * 0.35} y={top} width={step * 0.7} height={HEIGHT - top} rx={2} className={selected ? "fill-amber-500" : "fill-brand-500/70"}>
                <title>{t("simulatorBar", { retention: Math.round(s.retention * 100), reviews: Math.round(perDay(s)), minutes: Math.round(s.minutesPerDay), remembered: (s.remembered * 100).toFixed(1) })}</title>
              </rect>
              <text x={x(i)} y={HEIGHT + 11} textAnchor="middle" className="fill-slate-500 text-[8px]">{Math.round(s.retention * 100)}</text>
            </g>
          );
        })}
        <polyline fill="none" strokeWidth={1.5} className="stroke-emerald-600" points={series.map((s, i) => `${x(i)},${yRemembered(s.remembered)}`).join(" ")} />
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-medium" data-testid="simulator-summary">{summary}</span> {t("simulatorLegend", { ms: Math.round(state.ms) })}
      </figcaption>
    </figure>
  );
}
