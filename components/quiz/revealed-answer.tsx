import type { RevealedQuestion } from "@/lib/quiz/quiz-types";
import { CardAnswer } from "../card-face";

/** The right answer, the explanation and (mcq) each option's why, marking what the learner picked. */
export function RevealedAnswer({ reveal }: { reveal: RevealedQuestion }) {
  const content = { prompt: reveal.prompt, answer: reveal.answer, explanation: reveal.explanation, options: reveal.options };
  return (
    <div className="space-y-3">
      {reveal.knewIt !== undefined && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {reveal.knewIt === null ? "Not answered." : reveal.knewIt ? "You said you knew it." : "You said you didn't know it."}
        </p>
      )}
      {reveal.picked === null && <p className="text-sm text-slate-600 dark:text-slate-400">Not answered.</p>}
      {reveal.estimate && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="quiz-estimate-verdict">
          {reveal.estimate.typed === null ? "Not answered." : <>You said <span className="font-mono font-semibold">{reveal.estimate.typed}</span>: {reveal.estimate.verdict}.</>} Worked answer: ≈ {reveal.estimate.answerText}.
        </p>
      )}
      <CardAnswer content={content} chosen={new Set(reveal.picked ?? [])} />
    </div>
  );
}
