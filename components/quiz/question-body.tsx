import { useTranslations } from "next-intl";
import type { PresentedQuestion } from "@/lib/quiz/quiz-types";
import { inputClass, labelClass } from "../ui";

type Props = {
  question: PresentedQuestion;
  chosen: Set<number>;
  onToggle: (index: number) => void;
  disabled: boolean;
  /** recall: whether the answer is shown */
  revealed: boolean;
  /** estimate: the typed answer (Enter submits it) */
  estimate?: { text: string; onChange: (text: string) => void; onSubmit: () => void };
};

/** The question as asked: the prompt, and the options (mcq) or the revealed answer (recall). */
export function QuestionBody({ question, chosen, onToggle, disabled, revealed, estimate }: Props) {
  const t = useTranslations("quiz");
  return (
    <div>
      <div className="md text-lg" data-testid="quiz-prompt" dangerouslySetInnerHTML={{ __html: question.prompt }} />
      {question.kind === "mcq" && (
        <>
          {question.multiAnswer && <p className="mt-2 text-xs text-slate-500">{t("severalCorrect")}</p>}
          <ul className="mt-4 space-y-2" aria-label={t("options")}>
            {question.options.map((option, i) => (
              <li key={i}>
                <button
                  type="button"
                  aria-pressed={chosen.has(i)}
                  disabled={disabled}
                  onClick={() => onToggle(i)}
                  className={`flex w-full gap-2 rounded-lg border p-3 text-left disabled:cursor-default ${chosen.has(i) ? "border-brand-500 bg-brand-50 dark:bg-brand-700/20" : "border-slate-200 hover:border-slate-400 dark:border-slate-700 dark:hover:border-slate-500"}`}
                >
                  <kbd className="font-mono text-sm text-slate-500">{i + 1}</kbd>
                  <span className="md flex-1" dangerouslySetInnerHTML={{ __html: option.html }} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {question.kind === "estimate" && estimate && (
        <div className="mt-4 space-y-2">
          <label htmlFor="quiz-estimate" className={labelClass}>{t("yourEstimate")}</label>
          <input
            id="quiz-estimate"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            disabled={disabled}
            value={estimate.text}
            placeholder={t("estimatePlaceholder")}
            aria-describedby="quiz-estimate-hint"
            onChange={(event) => estimate.onChange(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                estimate.onSubmit();
              }
            }}
            className={`${inputClass} font-mono`}
          />
          <p id="quiz-estimate-hint" className="text-xs text-slate-500" dangerouslySetInnerHTML={{ __html: question.hint }} />
        </div>
      )}
      {question.kind === "recall" && revealed && (
        <div className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="quiz-recall-answer">
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("answer")}</p>
          <div className="md" dangerouslySetInnerHTML={{ __html: question.answer }} />
        </div>
      )}
    </div>
  );
}
