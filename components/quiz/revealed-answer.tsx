import { useTranslations } from "next-intl";
import type { RevealedQuestion } from "@/lib/quiz/quiz-types";
import { CardAnswer } from "../card-face";

/** The right answer, the explanation and (mcq) each option's why, marking what the learner picked. */
export function RevealedAnswer({ reveal }: { reveal: RevealedQuestion }) {
  const t = useTranslations("quiz");
  const content = { prompt: reveal.prompt, answer: reveal.answer, explanation: reveal.explanation, options: reveal.options };
  return (
    <div className="space-y-3">
      {reveal.knewIt !== undefined && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {reveal.knewIt === null ? t("notAnswered") : reveal.knewIt ? t("saidKnew") : t("saidDidNot")}
        </p>
      )}
      {reveal.picked === null && <p className="text-sm text-slate-600 dark:text-slate-400">{t("notAnswered")}</p>}
      {reveal.estimate && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="quiz-estimate-verdict">
          {reveal.estimate.typed === null ? t("notAnswered") : t.rich("youSaid", { typed: reveal.estimate.typed, verdict: reveal.estimate.verdict ?? "", mono: (chunks) => <span className="font-mono font-semibold">{chunks}</span> })} {t("workedAnswer", { answer: reveal.estimate.answerText })}
        </p>
      )}
      <CardAnswer content={content} chosen={new Set(reveal.picked ?? [])} />
    </div>
  );
}
