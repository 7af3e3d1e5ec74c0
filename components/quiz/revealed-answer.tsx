import { useLocale, useTranslations } from "next-intl";
import { wordEstimateVerdict, type EstimateTranslate } from "@/lib/i18n/word-estimate";
import type { RevealedQuestion } from "@/lib/quiz/quiz-types";
import { CardAnswer } from "../card-face";

/** The right answer, the explanation and (mcq) each option's why, marking what the learner picked. */
export function RevealedAnswer({ reveal }: { reveal: RevealedQuestion }) {
  const t = useTranslations("quiz");
  const estimateT = useTranslations("estimate");
  const locale = useLocale();
  // An answer stored before verdicts had a wording keeps the server's English verdict.
  const verdict = reveal.estimate?.wording ? wordEstimateVerdict(reveal.estimate.wording, estimateT as EstimateTranslate, locale) : (reveal.estimate?.verdict ?? "");
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
          {reveal.estimate.typed === null ? t("notAnswered") : t.rich("youSaid", { typed: reveal.estimate.typed, verdict, mono: (chunks) => <span className="font-mono font-semibold">{chunks}</span> })} {t("workedAnswer", { answer: reveal.estimate.answerText })}
        </p>
      )}
      <CardAnswer content={content} chosen={new Set(reveal.picked ?? [])} />
    </div>
  );
}
