/**
 * Side-by-side state after a failing step: every script variable of the learner and of the
 * reference is asked the same read-only questions (`keys()`, `size`, …) and the answers are
 * compared, so the learner sees *what* is different, not only the one value that was checked.
 */
import { deepEqual, render } from "./values";
import type { ExerciseSpec, StateRow, Step } from "./types";

/** Names that only read state, used when a spec lists no `observe` of its own. */
const READ_ONLY = new Set([
  "size", "length", "count", "capacity", "keys", "values", "entries", "nodes", "layers", "first", "last",
  "firstKey", "lastKey", "peek", "min", "max", "mean", "toArray", "cachedKeys", "historyKeys",
]);

/** The spec's observers, else the read-only zero-argument calls and properties the script uses. */
export function observersFor(spec: ExerciseSpec, steps: Step[]): string[] {
  if (spec.observe) return spec.observe;
  const seen = new Set<string>();
  for (const s of steps) {
    if (s.t === "prop" && READ_ONLY.has(s.p)) seen.add(s.p);
    if (s.t === "call" && s.args.length === 0 && !s.await && READ_ONLY.has(s.m)) seen.add(`${s.m}()`);
  }
  return [...seen];
}

type Answer = { ok: true; value: unknown } | { ok: false; text: string };

function ask(target: unknown, observer: string): Answer {
  if (target === null || typeof target !== "object") return { ok: false, text: "(no object)" };
  const obj = target as Record<string, unknown>;
  const name = observer.replace(/\(\)$/, "");
  try {
    if (observer.endsWith("()")) {
      if (typeof obj[name] !== "function") return { ok: false, text: `(no ${observer})` };
      return { ok: true, value: (obj[name] as () => unknown).call(obj) };
    }
    return { ok: true, value: obj[name] };
  } catch (e) {
    return { ok: false, text: `throws ${e instanceof Error ? e.name : "a non-Error"}` };
  }
}

const MAX_SHOWN = 2000;
const show = (a: Answer) => {
  const text = a.ok ? render(a.value) : a.text;
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};

/** Rows for every variable both sides created (e.g. `c`) times every observer. */
export function compareState(
  learnerVars: Record<string, unknown>,
  referenceVars: Record<string, unknown>,
  observers: string[],
): StateRow[] {
  const names = Object.keys(referenceVars).filter((v) => !v.includes(":") && v !== "_" && referenceVars[v] && typeof referenceVars[v] === "object");
  const rows: StateRow[] = [];
  for (const v of names) {
    for (const o of observers) {
      const r = ask(referenceVars[v], o);
      if (!r.ok && r.text.startsWith("(no ")) continue; // not an observer of this variable's class
      const l = ask(learnerVars[v], o);
      const differs = l.ok !== r.ok || (l.ok && r.ok ? !deepEqual(l.value, r.value) : show(l) !== show(r));
      rows.push({ label: `${v}.${o}`, learner: show(l), reference: show(r), differs });
    }
  }
  return rows;
}

/** The rows as an aligned plain-text table, differing rows marked. */
export function renderStateTable(rows: StateRow[]): string {
  if (!rows.length) return "";
  const w0 = Math.max(...rows.map((r) => r.label.length), 5);
  const w1 = Math.max(...rows.map((r) => r.learner.length), 3);
  const lines = rows.map((r) => `${r.differs ? "≠" : " "} ${r.label.padEnd(w0)}  ${r.learner.padEnd(w1)}  ${r.reference}`);
  return [`State after the failing step:`, `  ${"".padEnd(w0)}  ${"you".padEnd(w1)}  reference`, ...lines].join("\n");
}
