"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorMessage } from "../i18n/use-error-message";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, api } from "@/lib/client/api";
import type { EstimateProblem } from "@/lib/estimate/estimate-wording";
import { wordEstimateProblem, type EstimateTranslate } from "@/lib/i18n/word-estimate";
import { answerErrorAction } from "@/lib/quiz/answer-error-action";
import type { AnswerResult, QuizQuestionState, QuizState } from "@/lib/quiz/quiz-types";
import { ProgressBar } from "../progress-bar";
import { panelClass, primaryButton, secondaryButton } from "../ui";
import { Countdown } from "./countdown";
import { QuestionBody } from "./question-body";
import { RevealedAnswer } from "./revealed-answer";

const KIND_LABEL: Record<string, "kindMcq" | "kindPredict" | "kindRecall" | "kindEstimate"> = { mcq: "kindMcq", predict: "kindPredict", recall: "kindRecall", estimate: "kindEstimate" };

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The first unanswered question after `position`, wrapping around; null when all are answered. */
function nextOpen(questions: QuizQuestionState[], position: number): number | null {
  const open = questions.filter((q) => !q.answered && q.position !== position).map((q) => q.position);
  return open.find((p) => p > position) ?? open[0] ?? null;
}

function toggle(current: Set<number>, index: number, multi: boolean): Set<number> {
  if (!multi) return new Set(current.has(index) ? [] : [index]);
  const next = new Set(current);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}

/**
 * Runs a quiz, one question at a time. Practice mode shows the server's feedback after each
 * answer; mock mode moves straight on and counts down to the server's deadline.
 */
export function QuizRunner({ initial, requestedLength }: { initial: QuizState; requestedLength: number | null }) {
  const t = useTranslations("quiz");
  const estimateT = useTranslations("estimate");
  const describeAnyError = useErrorMessage();
  // An unreadable estimate comes back as a 400 whose details say why, worded here in the UI's language.
  const describeError = useCallback(
    (e: unknown) => {
      const problem = e instanceof ApiError ? (e.details as { estimateProblem?: EstimateProblem } | undefined)?.estimateProblem : undefined;
      return problem ? estimateT("cannotRead", { reason: wordEstimateProblem(problem, estimateT as EstimateTranslate) }) : describeAnyError(e);
    },
    [estimateT, describeAnyError],
  );
  const router = useRouter();
  const quizId = initial.id;
  const practice = initial.mode === "practice";
  const [questions, setQuestions] = useState(initial.questions);
  const [position, setPosition] = useState(initial.currentPosition ?? initial.questions.length);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [estimateText, setEstimateText] = useState("");
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [remaining, setRemaining] = useState(initial.remainingMs);
  const [correctCount, setCorrectCount] = useState(initial.correctCount ?? 0);
  const shownAt = useRef(0);
  const finishing = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const current = questions.find((q) => q.position === position) ?? null;
  const answeredCount = questions.filter((q) => q.answered).length;
  const chapterTitle = new Map(initial.chapters.map((c) => [c.id, c.title]));

  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [position]);

  const finish = useCallback(async () => {
    if (finishing.current) return;
    finishing.current = true;
    setBusy(true);
    setAnnouncement(t("finishing"));
    try {
      await api.post(`/api/quizzes/${quizId}/finish`);
      router.push(`/quiz/${quizId}/results`);
    } catch (e) {
      finishing.current = false;
      setBusy(false);
      setError(describeError(e));
    }
  }, [quizId, router, describeError, t]);

  // The countdown mirrors the server's deadline; at zero the quiz ends (the server refuses late answers anyway).
  useEffect(() => {
    if (initial.remainingMs === null) return;
    const deadline = Date.now() + initial.remainingMs;
    const tick = () => {
      const left = Math.max(0, deadline - Date.now());
      setRemaining(left);
      if (left === 0) void finish();
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [initial.remainingMs, finish]);

  const goTo = useCallback((next: number) => {
    setPosition(next);
    setChosen(new Set());
    setEstimateText("");
    setRevealed(false);
    setError(null);
  }, []);

  const moveOn = useCallback(
    (list: QuizQuestionState[]) => {
      const next = nextOpen(list, position);
      if (next === null) void finish();
      else goTo(next);
    },
    [position, finish, goTo],
  );

  const answer = useCallback(
    async (body: { choice?: number[]; knewIt?: boolean; estimate?: string }) => {
      if (busy || !current || current.answered) return;
      setBusy(true);
      setError(null);
      try {
        const result = await api.post<AnswerResult>(`/api/quizzes/${quizId}/answers`, { ...body, position, timeMs: Date.now() - shownAt.current });
        const updated = questions.map((q) => (q.position === position ? { ...q, answered: true, feedback: result.mode === "practice" ? result.feedback : null } : q));
        setQuestions(updated);
        if (result.mode === "practice") {
          setCorrectCount(result.correctCount);
          setAnnouncement(result.feedback.correct ? t("announceCorrect", { n: position }) : t("announceIncorrect", { n: position }));
        } else {
          setAnnouncement(t("announceSaved", { n: position }));
          moveOn(updated);
        }
      } catch (e) {
        const action = e instanceof ApiError ? answerErrorAction(e.code) : "show";
        if (action === "finish") void finish();
        else if (action === "reload") {
          // Answered from another tab: take the server's view of the questions and carry on.
          const fresh = await api.get<QuizState>(`/api/quizzes/${quizId}`).catch(() => null);
          if (!fresh) setError(describeError(e));
          else {
            setQuestions(fresh.questions);
            if (!practice) moveOn(fresh.questions);
          }
        } else setError(describeError(e));
      } finally {
        setBusy(false);
      }
    },
    [busy, current, quizId, position, questions, practice, moveOn, finish, describeError, t],
  );

  const submitChoice = useCallback(() => {
    if (chosen.size > 0) void answer({ choice: [...chosen].sort((a, b) => a - b) });
  }, [chosen, answer]);

  // The server reads the estimate; an unreadable one comes back as a 400 whose message says why.
  const submitEstimate = useCallback(() => {
    if (estimateText.trim()) void answer({ estimate: estimateText });
    else setError(t("typeANumber"));
  }, [estimateText, answer, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey || event.metaKey || event.ctrlKey || !current || busy) return;
      const key = event.key.toLowerCase();
      const handled = () => event.preventDefault();
      if (current.answered) {
        if (key === "enter" && (practice || questions.every((q) => q.answered))) {
          handled();
          moveOn(questions);
        }
        return;
      }
      if (current.question.kind === "mcq") {
        const digit = Number(event.key);
        if (digit >= 1 && digit <= current.question.options.length) {
          handled();
          const multi = current.question.multiAnswer;
          setChosen((c) => toggle(c, digit - 1, multi));
        } else if (key === "enter") {
          handled();
          submitChoice();
        }
      } else if (current.question.kind === "estimate") {
        // Answered in its own input box (Enter there submits).
      } else if (!revealed && (key === " " || key === "enter")) {
        handled();
        setRevealed(true);
      } else if (revealed && (key === "y" || key === "1")) {
        handled();
        void answer({ knewIt: true });
      } else if (revealed && (key === "n" || key === "2")) {
        handled();
        void answer({ knewIt: false });
      }
      if (!practice && key === "s") {
        handled();
        moveOn(questions);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, busy, practice, revealed, questions, moveOn, submitChoice, answer]);

  const total = questions.length;
  const allAnswered = answeredCount === total;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-500">{initial.mode === "mock" ? t("mock") : t("practice")}</p>
          <p className="text-lg font-semibold tabular-nums" data-testid="quiz-progress">
            {t("questionOf", { position, total })}
            <span className="ml-3 text-sm font-normal text-slate-500">{t("answeredCount", { count: answeredCount })}{practice ? t("correctCount", { count: correctCount }) : ""}</span>
          </p>
        </div>
        {remaining !== null && <Countdown remainingMs={remaining} />}
      </div>
      <div className="mt-3"><ProgressBar value={answeredCount} total={total} label={t("progressLabel")} /></div>
      {requestedLength !== null && requestedLength > total && (
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          {t("onlyEligible", { total, requested: requestedLength })}
        </p>
      )}
      {error && <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300">{error}</p>}
      <p aria-live="polite" className="sr-only">{announcement}</p>

      {current && (
        <section className={`${panelClass} mt-4`} aria-labelledby="quiz-question-heading" data-testid="quiz-question" data-position={current.position} data-kind={current.kind} data-answered={current.answered}>
          <h2 id="quiz-question-heading" ref={headingRef} tabIndex={-1} className="text-xs text-slate-500 focus:outline-none">
            {t("questionHeading", { position: current.position })} · {chapterTitle.get(current.chapterId) ?? current.chapterId} · {KIND_LABEL[current.kind] ? t(KIND_LABEL[current.kind]) : current.kind}
          </h2>
          <div className="mt-3">
            {current.answered && current.feedback ? (
              <div data-testid="quiz-feedback" data-correct={current.feedback.correct}>
                <div className="md text-lg" dangerouslySetInnerHTML={{ __html: current.feedback.reveal.prompt }} />
                <p className={`mt-4 text-lg font-semibold ${current.feedback.correct ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}`}>
                  {current.feedback.correct ? t("correct") : t("incorrect")}
                </p>
                <div className="mt-3"><RevealedAnswer reveal={current.feedback.reveal} /></div>
              </div>
            ) : (
              <QuestionBody
                question={current.question}
                chosen={chosen}
                revealed={revealed}
                disabled={busy || current.answered}
                onToggle={(i) => setChosen((c) => toggle(c, i, current.question.kind === "mcq" && current.question.multiAnswer))}
                estimate={{ text: estimateText, onChange: setEstimateText, onSubmit: submitEstimate }}
              />
            )}
          </div>

          <div className="mt-6 flex flex-wrap items-center gap-3">
            {current.answered ? (
              (practice || allAnswered) && (
                <button type="button" autoFocus onClick={() => moveOn(questions)} className={primaryButton} disabled={busy}>
                  {allAnswered ? t("seeResults") : t("nextQuestion")} <kbd className="font-mono text-xs opacity-80">Enter</kbd>
                </button>
              )
            ) : current.question.kind === "mcq" ? (
              <button type="button" onClick={submitChoice} disabled={busy || chosen.size === 0} className={primaryButton}>
                {t("submitAnswer")} <kbd className="font-mono text-xs opacity-80">Enter</kbd>
              </button>
            ) : current.question.kind === "estimate" ? (
              <button type="button" onClick={submitEstimate} disabled={busy} className={primaryButton}>
                {t("submitEstimate")} <kbd className="font-mono text-xs opacity-80">Enter</kbd>
              </button>
            ) : !revealed ? (
              <button type="button" onClick={() => setRevealed(true)} className={primaryButton}>
                {t("showAnswer")} <kbd className="font-mono text-xs opacity-80">Space</kbd>
              </button>
            ) : (
              <div role="group" aria-label={t("gradeYourself")} className="flex flex-wrap gap-2">
                <button type="button" autoFocus disabled={busy} onClick={() => void answer({ knewIt: true })} className={`${secondaryButton} border-emerald-400 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300`}>
                  {t("knewIt")} <kbd className="font-mono text-xs">Y</kbd>
                </button>
                <button type="button" disabled={busy} onClick={() => void answer({ knewIt: false })} className={`${secondaryButton} border-red-300 text-red-700 dark:border-red-900 dark:text-red-300`}>
                  {t("didNot")} <kbd className="font-mono text-xs">N</kbd>
                </button>
              </div>
            )}
            {!practice && !current.answered && answeredCount < total - 1 && (
              <button type="button" onClick={() => moveOn(questions)} className={secondaryButton} disabled={busy}>
                {t("skip")} <kbd className="font-mono text-xs">S</kbd>
              </button>
            )}
          </div>
        </section>
      )}

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3 text-xs text-slate-500">
        <p>
          <kbd>1</kbd>–<kbd>6</kbd> {t("keysPick")} · <kbd>Enter</kbd> {t("keysSubmit")} · <kbd>Space</kbd> {t("keysReveal")} · <kbd>Y</kbd>/<kbd>N</kbd> {t("keysSelfGrade")}{practice ? "" : t("keysSkip")}
        </p>
        {!allAnswered && (
          <button type="button" onClick={() => void finish()} disabled={busy} className="rounded px-2 py-1 underline hover:bg-slate-100 dark:hover:bg-slate-800">
            {t("finishNow")}
          </button>
        )}
      </div>
    </div>
  );
}
