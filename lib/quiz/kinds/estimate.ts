import type { RenderedCard } from "../../content/render-card";
import { AppError } from "../../errors";
import { checkEstimateAnswer } from "../../estimate/check-estimate-answer";
import type { EstimateVerdictWording } from "../../estimate/estimate-wording";
import type { QuestionSource, QuizKind } from "./quiz-kind";

/** Stored with the answer; `wording` is absent on answers stored before it existed. */
type EstimateResponse = { typed: string; verdict: string; wording?: EstimateVerdictWording; suggestedRating: number };

/** The face drawn when the quiz started (numbers, answer, worked solution), stored as the payload. */
function face(source: QuestionSource) {
  const content = source.payload as RenderedCard;
  if (!content.estimate) throw new Error("an estimate question needs its drawn face in the payload");
  return { content, estimate: content.estimate };
}

/**
 * Estimation: the learner types a number with an optional unit; the server reads and grades it
 * on the log error. Within 3× (Hard or better) counts as correct, as a pass does in review; an
 * unreadable answer is refused (400, with the reason) and not recorded.
 */
export const estimateKind: QuizKind = {
  kind: "estimate",
  present(source) {
    const { content, estimate } = face(source);
    return { kind: "estimate", prompt: content.prompt, hint: estimate.hint };
  },
  check(source, answer) {
    if (answer.estimate === undefined) throw AppError.invalid("estimate is required for an estimation question");
    const { estimate } = face(source);
    const result = checkEstimateAnswer(answer.estimate, estimate.answer, estimate.spec);
    if (result.kind === "unreadable") throw AppError.invalid(`Cannot read this answer: ${result.reason}`, { estimateProblem: result.problem });
    const response: EstimateResponse = { typed: result.typed, verdict: result.grade.verdict, wording: result.grade.wording, suggestedRating: result.grade.suggestedRating };
    return { correct: result.grade.suggestedRating >= 2, response };
  },
  reveal(source, response) {
    const { content, estimate } = face(source);
    const given = response as EstimateResponse | null;
    return {
      prompt: content.prompt,
      answer: content.answer,
      explanation: content.explanation,
      estimate: { answerText: estimate.answerText, typed: given?.typed ?? null, verdict: given?.verdict ?? null, wording: given?.wording ?? null },
    };
  },
};
