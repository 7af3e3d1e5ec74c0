/**
 * What the quiz runner does when the server refuses an answer. Each refusal has its own code
 * (a 409 alone used to mean "time's up", so an answer already sent from another tab ended a
 * mock interview early): the quiz ending finishes it, an answered question reloads the quiz
 * and moves on, anything else is shown.
 */
export type AnswerErrorAction = "finish" | "reload" | "show";

export function answerErrorAction(code: string): AnswerErrorAction {
  if (code === "QUIZ_TIME_UP" || code === "QUIZ_FINISHED") return "finish";
  if (code === "ALREADY_ANSWERED") return "reload";
  return "show";
}
