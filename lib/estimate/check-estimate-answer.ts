import type { EstimateAnswerSpec } from "./estimate-schema";
import type { EstimateProblem } from "./estimate-wording";
import { gradeEstimate, wrongUnitGrade, type EstimateGrade } from "./grade-estimate";
import { parseEstimate } from "./parse-estimate";

export type EstimateCheck =
  | { kind: "unreadable"; reason: string; problem: EstimateProblem }
  | { kind: "graded"; typed: string; grade: EstimateGrade };

/**
 * Reads and grades a typed estimate against the drawn answer. The review screen runs it in the
 * browser for instant feedback; quizzes run it on the server. An unreadable answer is never graded.
 */
export function checkEstimateAnswer(typed: string, answer: number, spec: EstimateAnswerSpec): EstimateCheck {
  const parsed = parseEstimate(typed, spec);
  if (parsed.kind === "unreadable") return parsed;
  const grade = parsed.kind === "wrong-unit" ? wrongUnitGrade(parsed.reason, parsed.problem) : gradeEstimate(parsed.value, answer);
  return { kind: "graded", typed: typed.trim(), grade };
}
