"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { EstimateCheck } from "@/lib/estimate/check-estimate-answer";
import type { EstimateFace } from "@/lib/estimate/estimate-content";
import { wordEstimateProblem, wordEstimateVerdict, type EstimateTranslate } from "@/lib/i18n/word-estimate";
import { inputClass, labelClass, primaryButton } from "../ui";

export type GradedEstimate = Extract<EstimateCheck, { kind: "graded" }>;

// mathjs is large, so the checker loads with the first estimate card rather than with every page.
const loadChecker = () => import("@/lib/estimate/check-estimate-answer");

/**
 * The answer box of an estimate card: type a number with an optional unit, Enter checks it in
 * the browser. An unreadable answer says why and is not graded; Escape (or the link) shows the
 * solution without answering.
 */
export function EstimateInput({ face, onChecked, onGiveUp }: { face: EstimateFace; onChecked: (result: GradedEstimate) => void; onGiveUp: () => void }) {
  const t = useTranslations("review");
  const estimateT = useTranslations("estimate");
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadChecker();
  }, []);

  async function check() {
    if (!text.trim()) {
      setProblem(t("typeANumber"));
      return;
    }
    setBusy(true);
    const { checkEstimateAnswer } = await loadChecker();
    setBusy(false);
    const result = checkEstimateAnswer(text, face.answer, face.spec);
    if (result.kind === "unreadable") setProblem(wordEstimateProblem(result.problem, estimateT as EstimateTranslate));
    else onChecked(result);
  }

  return (
    <form
      className="mt-6 space-y-2"
      data-testid="estimate-form"
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      <label htmlFor="estimate-answer" className={labelClass}>{t("yourEstimate")}</label>
      <div className="flex gap-2">
        <input
          id="estimate-answer"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={t("estimatePlaceholder")}
          aria-invalid={problem !== null}
          aria-describedby="estimate-hint"
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") onGiveUp();
          }}
          className={`${inputClass} font-mono`}
        />
        <button type="submit" disabled={busy} className={primaryButton}>
          {t("check")} <kbd className="font-mono text-xs opacity-80">Enter</kbd>
        </button>
      </div>
      <p id="estimate-hint" className="text-xs text-slate-500" dangerouslySetInnerHTML={{ __html: face.hint }} />
      {problem && <p role="alert" data-testid="estimate-problem" className="text-sm text-red-700 dark:text-red-300">{problem}</p>}
      <button type="button" onClick={onGiveUp} className="text-sm text-slate-600 underline-offset-2 hover:underline dark:text-slate-400">
        {t("giveUp")} <kbd className="font-mono text-xs">Esc</kbd>
      </button>
    </form>
  );
}

/** How the typed estimate compares with the worked answer. */
export function EstimateVerdict({ result, answerText }: { result: GradedEstimate | null; answerText: string }) {
  const t = useTranslations("review");
  const estimateT = useTranslations("estimate");
  const locale = useLocale();
  const tone = !result ? "border-slate-300" : result.grade.suggestedRating >= 3 ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40" : result.grade.suggestedRating === 2 ? "border-amber-400 bg-amber-50 dark:bg-amber-950/40" : "border-red-500 bg-red-50 dark:bg-red-950/40";
  return (
    <div className={`mb-4 rounded-lg border p-3 ${tone}`} data-testid="estimate-verdict" data-suggested={result?.grade.suggestedRating ?? ""}>
      {result ? (
        <p>
          {t.rich("youSaid", { typed: result.typed, mono: (chunks) => <span className="font-mono font-semibold">{chunks}</span> })} <strong>{wordEstimateVerdict(result.grade.wording, estimateT as EstimateTranslate, locale)}</strong>
          {result.grade.exact && <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-200" data-testid="easy-chip">{t("exactEasy")} <kbd className="font-mono">4</kbd></span>}
        </p>
      ) : (
        <p>{t("notAnswered")}</p>
      )}
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("workedAnswer", { answer: answerText })}</p>
    </div>
  );
}
