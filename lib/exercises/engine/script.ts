/**
 * Test scripts: parsing the visible examples (written like TypeScript with `// =>` expectations),
 * executing steps against a module, running learner and reference in lockstep, and rendering a
 * script back as TypeScript for a counterexample.
 */
import { compareState, observersFor } from "./observe-state";
import { Ref, type Env, type ExerciseSpec, type ModuleExports, type Outcome, type StateRow, type Step } from "./types";
import { defaultErrorLabel, isRuntimeError, outcomesEqual, render, renderOutcome } from "./values";

// ---------- rendering ----------

export function renderStep(s: Step): string {
  const args = (a: unknown[]) => a.map((x) => render(x)).join(", ");
  switch (s.t) {
    case "new":
      return `const ${s.v} = new ${s.cls}(${args(s.args)});`;
    case "call":
      if (s.repeat) return `Array.from({ length: ${s.repeat} }, () => ${s.v}.${s.m}(${args(s.args)}));`;
      return `${s.await ? "await " : ""}${s.v}.${s.m}(${args(s.args)});`;
    case "prop":
      return `${s.v}.${s.p};`;
    case "fn":
      return `${s.await ? "await " : ""}${s.f}(${args(s.args)});`;
    case "clock":
      return `clock.set(${s.to});`;
  }
}

/** Whether a step's (non-throwing) result is worth printing in a passing line of a script. */
function showsResult(s: Step, o: Outcome): boolean {
  if ("threw" in o) return true;
  if (s.t === "new" || s.t === "clock") return false;
  return o.value !== undefined || s.t === "prop";
}

export function annotate(line: string, comment: string): string {
  return `${line.replace(/;$/, "")} // ${comment}`;
}

// ---------- executing ----------

function resolveArg(a: unknown, env: Env): unknown {
  if (a instanceof Ref) {
    const [head, ...rest] = a.name.split(".");
    let v: unknown = env.refs[head];
    for (const p of rest) {
      const owner = v as Record<string, unknown>;
      v = owner[p];
      if (typeof v === "function") v = (v as (...x: unknown[]) => unknown).bind(owner);
    }
    return v;
  }
  if (Array.isArray(a)) return a.map((x) => resolveArg(x, env));
  return a;
}

export async function execStep(
  mod: ModuleExports,
  vars: Record<string, unknown>,
  env: Env,
  step: Step,
  errorLabel: (e: unknown) => string,
): Promise<Outcome> {
  env.beforeStep?.();
  try {
    let value: unknown;
    switch (step.t) {
      case "new": {
        const C = mod[step.cls] as new (...a: unknown[]) => unknown;
        if (typeof C !== "function") throw new TypeError(`${step.cls} is not exported as a class`);
        vars[step.v] = undefined;
        // constructor arguments are kept for invariants (e.g. the B-tree's degree)
        vars[`${step.v}:args`] = step.args;
        vars[step.v] = new C(...step.args.map((a) => resolveArg(a, env)));
        return { value: undefined };
      }
      case "call": {
        const target = vars[step.v] as Record<string, (...a: unknown[]) => unknown>;
        const args = step.args.map((a) => resolveArg(a, env));
        if (step.repeat) {
          // many calls in one step (e.g. 4097 ids of one millisecond); the result is their list
          const all: unknown[] = [];
          for (let i = 0; i < step.repeat; i++) {
            if (i > 0) env.beforeStep?.();
            all.push(target[step.m](...args));
          }
          value = all;
          break;
        }
        value = target[step.m](...args);
        if (step.await) value = await value;
        break;
      }
      case "prop":
        value = (vars[step.v] as Record<string, unknown>)[step.p];
        break;
      case "fn": {
        const f = mod[step.f] as (...a: unknown[]) => unknown;
        if (typeof f !== "function") throw new TypeError(`${step.f} is not exported as a function`);
        value = f(...step.args.map((a) => resolveArg(a, env)));
        if (step.await) value = await value;
        break;
      }
      case "clock":
        env.setClock?.(step.to);
        return { value: undefined };
    }
    return { value };
  } catch (e) {
    return { threw: errorLabel(e), message: e instanceof Error ? e.message : String(e) };
  }
}

// ---------- examples ----------

export type ParsedLine = { step: Step; expect?: Outcome; text: string };

const IDENT = "[A-Za-z_$][\\w$]*";
const RE_NEW = new RegExp(`^const (${IDENT}) = new (${IDENT})\\((.*)\\)$`);
const RE_NEW_BARE = new RegExp(`^new (${IDENT})\\((.*)\\)$`);
const RE_CLOCK = /^clock\.set\((\d+)\)$/;
const RE_CALL = new RegExp(`^(await )?(${IDENT})\\.(${IDENT})\\((.*)\\)$`);
const RE_PROP = new RegExp(`^(${IDENT})\\.(${IDENT})$`);
const RE_FN = new RegExp(`^(await )?(${IDENT})\\((.*)\\)$`);

/** Evaluates a comma-separated argument list / literal with the environment's names in scope. */
function evalList(src: string, env: Env): unknown[] {
  const names = Object.keys(env.refs);
  const f = new Function(...names, `"use strict"; return [${src}];`);
  return f(...names.map((n) => env.refs[n])) as unknown[];
}

/** Arguments are kept symbolic when they name something of the environment (clock.now, random…). */
function parseArgs(src: string, env: Env): unknown[] {
  if (!src.trim()) return [];
  const parts = splitTopLevel(src);
  return parts.map((p) => {
    const t = p.trim();
    const head = t.split(".")[0];
    if (/^[A-Za-z_$][\w$.]*$/.test(t) && head in env.refs) return new Ref(t);
    return evalList(t, env)[0];
  });
}

function splitTopLevel(src: string, sep = ","): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let cur = "";
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quote) {
      cur += ch;
      if (ch === "\\") cur += src[++i] ?? "";
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === sep && depth === 0) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

export function parseExample(script: string, env: Env): ParsedLine[] {
  const lines: ParsedLine[] = [];
  for (const raw of script.split("\n")) {
    const text = raw.trim();
    if (!text || text.startsWith("//")) continue;
    const m = /^(.*?)\s+\/\/\s*(=>|throws)\s*(.*)$/.exec(text);
    // several statements may share a line; an expectation belongs to the last one
    const stmts = splitTopLevel(m ? m[1] : text, ";").map((x) => x.trim()).filter(Boolean);
    stmts.forEach((code, si) => {
      const last = si === stmts.length - 1;
      let expect: Outcome | undefined;
      if (m && last) {
        expect = m[2] === "throws" ? { threw: m[3].trim(), message: "" } : { value: evalList(m[3], env)[0] };
      }
      let step: Step;
      let r: RegExpExecArray | null;
      if ((r = RE_NEW.exec(code))) step = { t: "new", v: r[1], cls: r[2], args: parseArgs(r[3], env) };
      else if ((r = RE_NEW_BARE.exec(code))) step = { t: "new", v: "_", cls: r[1], args: parseArgs(r[2], env) };
      else if ((r = RE_CLOCK.exec(code))) step = { t: "clock", to: Number(r[1]) };
      else if ((r = RE_CALL.exec(code))) step = { t: "call", v: r[2], m: r[3], args: parseArgs(r[4], env), await: !!r[1] };
      else if ((r = RE_PROP.exec(code))) step = { t: "prop", v: r[1], p: r[2] };
      else if ((r = RE_FN.exec(code))) step = { t: "fn", f: r[2], args: parseArgs(r[3], env), await: !!r[1] };
      else throw new Error(`example line not understood: ${text}`);
      lines.push({ step, expect, text: code + ";" });
    });
  }
  return lines;
}

/** Runs one example against a module; returns null when it passes, else the failure. */
export type ExampleFailure = { runtime: boolean; message: string; counterexample: string; state: StateRow[] };

export async function runExample(
  spec: ExerciseSpec,
  mod: ModuleExports,
  example: { name: string; script: string },
  reference?: ModuleExports,
): Promise<ExampleFailure | null> {
  const env = spec.makeEnv();
  const lines = parseExample(example.script, env);
  const vars: Record<string, unknown> = {};
  const out: string[] = [...(spec.prelude ?? [])];
  const label = spec.errorLabel ?? defaultErrorLabel;
  for (const line of lines) {
    const got = await execStep(mod, vars, env, line.step, label);
    const expect = line.expect ?? { value: undefined };
    // lines without an expectation only need to not throw
    const ok = line.expect ? outcomesEqual(got, expect) : !("threw" in got);
    if (!ok) {
      const gotText = "threw" in got ? `threw ${got.threw}${got.message ? ` ("${got.message}")` : ""}` : `got ${render(got.value)}`;
      const expText = line.expect ? `expected ${renderOutcome(expect)}` : "expected no error";
      out.push(annotate(line.text, `${expText}, ${gotText}`));
      const upTo = lines.slice(0, lines.indexOf(line) + 1);
      return {
        runtime: isRuntimeError(got) && !("threw" in expect && "threw" in got && expect.threw === got.threw),
        message: `Example "${example.name}" failed: ${line.text.replace(/;$/, "")} — ${expText}, ${gotText}.`,
        counterexample: out.join("\n"),
        state: reference ? await exampleState(spec, reference, upTo, vars) : [],
      };
    }
    const shown = "threw" in expect ? `throws ${expect.threw}` : `=> ${render("value" in got ? got.value : undefined)}`;
    out.push(line.expect ? annotate(line.text, shown) : line.text);
  }
  return null;
}

/** Replays the example's lines up to the failing one on the reference, then compares states. */
async function exampleState(spec: ExerciseSpec, reference: ModuleExports, lines: ParsedLine[], learnerVars: Record<string, unknown>): Promise<StateRow[]> {
  const env = spec.makeEnv();
  const vars: Record<string, unknown> = {};
  const label = spec.errorLabel ?? defaultErrorLabel;
  for (const line of lines) await execStep(reference, vars, env, line.step, label);
  return compareState(learnerVars, vars, observersFor(spec, lines.map((l) => l.step)));
}

// ---------- lockstep ----------

export type Divergence = {
  index: number;
  kind: "property" | "runtime" | "invariant";
  learner: Outcome;
  reference: Outcome;
  invariant?: string;
  /** both sides' script variables right after the failing step (for the state diff) */
  vars: { learner: Record<string, unknown>; reference: Record<string, unknown> };
};

export async function runLockstep(
  spec: ExerciseSpec,
  learner: ModuleExports,
  reference: ModuleExports,
  steps: Step[],
): Promise<Divergence | null> {
  const label = spec.errorLabel ?? defaultErrorLabel;
  const envL = spec.makeEnv();
  const envR = spec.makeEnv();
  const varsL: Record<string, unknown> = {};
  const varsR: Record<string, unknown> = {};
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const r = await execStep(reference, varsR, envR, s, label);
    const l = await execStep(learner, varsL, envL, s, label);
    const ignored = s.t === "call" && s.ignore;
    if (!ignored && !outcomesEqual(l, r)) {
      return { index: i, kind: isRuntimeError(l) ? "runtime" : "property", learner: l, reference: r, vars: { learner: varsL, reference: varsR } };
    }
    if (spec.property?.invariant) {
      let msg: string | null;
      try {
        msg = spec.property.invariant(varsL, envL);
      } catch (e) {
        msg = `checking it threw ${(e as Error).message}`;
      }
      if (msg) return { index: i, kind: "invariant", learner: l, reference: r, invariant: msg, vars: { learner: varsL, reference: varsR } };
    }
  }
  return null;
}

/** Re-runs the reference to annotate the lines before the divergence, then marks the divergence. */
export async function renderDivergence(
  spec: ExerciseSpec,
  reference: ModuleExports,
  steps: Step[],
  d: Divergence,
): Promise<string> {
  const label = spec.errorLabel ?? defaultErrorLabel;
  const env = spec.makeEnv();
  const vars: Record<string, unknown> = {};
  const out: string[] = [...(spec.prelude ?? [])];
  for (let i = 0; i < d.index; i++) {
    const o = await execStep(reference, vars, env, steps[i], label);
    const line = renderStep(steps[i]);
    out.push(showsResult(steps[i], o) && !(steps[i].t === "call" && (steps[i] as { ignore?: boolean }).ignore) ? annotate(line, renderOutcome(o)) : line);
  }
  const line = renderStep(steps[d.index]);
  if (d.kind === "invariant") {
    out.push(annotate(line, `afterwards: ${d.invariant}`));
  } else {
    const got = "threw" in d.learner ? `threw ${d.learner.threw}${d.learner.message ? ` ("${d.learner.message}")` : ""}` : `got ${render(d.learner.value)}`;
    out.push(annotate(line, `expected ${renderOutcome(d.reference)}, ${got}`));
  }
  return out.join("\n");
}
