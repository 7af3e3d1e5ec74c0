import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { annotate, execStep, renderStep } from "../engine/script";
import type { ExerciseSpec, ModuleExports, Outcome, Step } from "../engine/types";
import { defaultErrorLabel, isRuntimeError, renderOutcome } from "../engine/values";
import { seededShuffle } from "../../random/seeded-random";
import { SPECS } from "../specs";
import { loadIsolatedModule } from "./load-isolated-module";

export type PredictQuestion = {
  exerciseId: string;
  seed: number;
  /** the script up to the asked line, with earlier results as comments */
  code: string;
  /** the asked statement */
  asked: string;
  options: string[];
  answerIndex: number;
};

const MAX_STEPS = 7;

async function runScript(spec: ExerciseSpec, mod: ModuleExports, steps: Step[]): Promise<Outcome[]> {
  const env = spec.makeEnv();
  const vars: Record<string, unknown> = {};
  const label = spec.errorLabel ?? defaultErrorLabel;
  const outcomes: Outcome[] = [];
  for (const step of steps) outcomes.push(await execStep(mod, vars, env, step, label));
  return outcomes;
}

/** A step worth asking about: a call or read that produced something visible. */
function askable(step: Step, outcome: Outcome): boolean {
  if (step.t === "new" || step.t === "clock") return false;
  return "threw" in outcome || outcome.value !== undefined;
}

// The buggy fixtures make the best distractors: each is a mistake a learner really makes. Each
// runs in a realm of its own (see load-isolated-module.ts): some of those mistakes write onto
// Object.prototype.
function bugModules(exerciseId: string, noMapSet: boolean): ModuleExports[] {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "exercises", exerciseId, "bugs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => {
      const mod = loadIsolatedModule(readFileSync(path.join(dir, f), "utf8"), { noMapSet });
      return mod ? [mod] : [];
    });
}

function fallbacks(answer: Outcome): string[] {
  if ("threw" in answer) return ["undefined", "false", "0"];
  const v = answer.value;
  if (typeof v === "boolean") return [String(!v), "undefined", "throws RangeError"];
  if (typeof v === "number") return [String(v + 1), String(Math.max(0, v - 1)), "undefined", "throws RangeError"];
  if (Array.isArray(v)) return [renderOutcome({ value: [...v].reverse() }), renderOutcome({ value: v.slice(1) }), "[]", "undefined"];
  return ["undefined", "throws RangeError", "null"];
}

export function supportsPredict(spec: ExerciseSpec): boolean {
  return Boolean(spec.property);
}

/**
 * A short random trace of the reference implementation and a question about its last
 * result, with the answer computed by running the reference and distractors from the
 * exercise's buggy solutions. Null when the exercise has no script generator.
 */
export async function generatePredict(exerciseId: string, seed: number): Promise<PredictQuestion | null> {
  const entry = SPECS[exerciseId];
  if (!entry) return null;
  const spec = await entry.spec();
  if (!spec.property) return null;
  const reference = await entry.reference();
  const candidates = fc.sample(spec.property.scripts, { seed, numRuns: 24 });
  const bugs = bugModules(exerciseId, Boolean(spec.noMapSet));
  let best: { score: number; question: PredictQuestion } | null = null;
  for (const [attempt, full] of candidates.entries()) {
    const steps = full.slice(0, MAX_STEPS);
    const outcomes = await runScript(spec, reference, steps);
    if (outcomes.some(isRuntimeError)) continue;
    let asked = -1;
    for (let i = steps.length - 1; i >= 2; i--) if (askable(steps[i], outcomes[i])) { asked = i; break; }
    if (asked < 0) continue;
    const shown = steps.slice(0, asked + 1);
    const answer = renderOutcome(outcomes[asked]);
    const fromBugs = new Set<string>();
    for (const bug of bugs) {
      const got = (await runScript(spec, bug, shown).catch(() => null))?.[asked];
      if (got && !isRuntimeError(got)) fromBugs.add(renderOutcome(got));
    }
    fromBugs.delete(answer);
    const wrong = new Set([...fromBugs, ...fallbacks(outcomes[asked])]);
    wrong.delete(answer);
    const options = seededShuffle([answer, ...[...wrong].slice(0, 3)], seed + attempt);
    const lines = [
      ...(spec.prelude ?? []),
      ...shown.slice(0, asked).map((s, i) => (askable(s, outcomes[i]) ? annotate(renderStep(s), renderOutcome(outcomes[i])) : renderStep(s))),
    ];
    const question = { exerciseId, seed, code: lines.join("\n"), asked: annotate(renderStep(shown[asked]), "→ ?"), options, answerIndex: options.indexOf(answer) };
    const score = interest(shown, outcomes, asked, fromBugs.size, question);
    if (!best || score > best.score) best = { score, question };
  }
  return best?.question ?? null;
}

/**
 * How good a question is: state built up by several mutations, a structured answer, and a
 * real learner mistake that answers differently; unreadable generated strings are out.
 */
function interest(shown: Step[], outcomes: Outcome[], asked: number, bugAnswers: number, q: PredictQuestion): number {
  const mutations = shown.slice(0, asked).filter((s, i) => s.t === "call" && !("threw" in outcomes[i]) && (outcomes[i] as { value: unknown }).value === undefined).length;
  const answer = outcomes[asked];
  const structured = !("threw" in answer) && Array.isArray(answer.value) && answer.value.length >= 2 ? 3 : 0;
  const unreadable = /[^\x20-\x7e\n→]/.test(q.code + q.asked) ? 100 : 0;
  return mutations * 2 + structured + bugAnswers * 3 - unreadable;
}
