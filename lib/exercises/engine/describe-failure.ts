/**
 * The plain-text `details` of a failure, built from its structured parts, so that the CLI prints
 * exactly what the exercise page shows: the minimal script, the state side by side, and for a
 * perf failure the growth table and its likely cause.
 */
import { renderStateTable } from "./observe-state";
import type { Failure, GrowthRow } from "./types";

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3));

export function renderGrowthTable(rows: GrowthRow[]): string {
  const head = ["n", "you (ms/run)", "reference (ms/run)", "you / reference"];
  const body = rows.map((r) => [String(r.n), fmt(r.learnerMs), fmt(r.referenceMs), `${fmt(r.ratio)}x`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("   ");
  return [line(head), ...body.map(line)].join("\n");
}

export function withDetails(f: Failure): Failure {
  const parts: string[] = [f.message];
  if (f.counterexample) parts.push(f.counterexample);
  if (f.state?.length) parts.push(renderStateTable(f.state));
  if (f.growth?.length) parts.push(`Measured growth:\n${renderGrowthTable(f.growth)}`);
  if (f.likelyCause) parts.push(`Likely cause: ${f.likelyCause}`);
  return { ...f, details: parts.join("\n\n") };
}
