"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import { CardAnswer } from "../card-face";
import { CardInfoPanel } from "../decks/card-info-panel";
import { RelativeTime } from "../relative-time";
import { panelClass, primaryButton, secondaryButton } from "../ui";
import { useCodeMessage } from "../i18n/use-error-message";
import { formatIntervalLabel } from "@/lib/i18n/format-interval-label";
import type { IntervalPreview } from "@/lib/review/get-queue";
import { EstimateInput, EstimateVerdict, type GradedEstimate } from "./estimate-input";
import { ExerciseDue } from "./exercise-due";
import { SessionSummary } from "./session-summary";
import { TermsLine } from "./terms-line";
import { useOtherLanguage } from "./use-other-language";
import { useReviewSession, type Rating } from "./use-review-session";
import { useGestureSetting, useTouchGestures } from "./use-touch-gestures";

const GRADES: { rating: Rating; label: "again" | "hard" | "good" | "easy"; tone: string }[] = [
  { rating: 1, label: "again", tone: "border-red-300 text-red-700 hover:bg-red-50 dark:border-red-900 dark:text-red-300 dark:hover:bg-red-950/50" },
  { rating: 2, label: "hard", tone: "border-amber-300 text-amber-800 hover:bg-amber-50 dark:border-amber-900 dark:text-amber-300 dark:hover:bg-amber-950/50" },
  { rating: 3, label: "good", tone: "border-emerald-300 text-emerald-800 hover:bg-emerald-50 dark:border-emerald-900 dark:text-emerald-300 dark:hover:bg-emerald-950/50" },
  { rating: 4, label: "easy", tone: "border-sky-300 text-sky-800 hover:bg-sky-50 dark:border-sky-900 dark:text-sky-300 dark:hover:bg-sky-950/50" },
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

const TYPE_KEYS: Record<string, "multipleChoice" | "typeBasic" | "typeCloze" | "typeEstimate" | "typePredict"> = { mcq: "multipleChoice", basic: "typeBasic", cloze: "typeCloze", estimate: "typeEstimate", predict: "typePredict" };

export function ReviewSession() {
  const t = useTranslations("review");
  const locale = useLocale();
  const codeMessage = useCodeMessage();
  const session = useReviewSession();
  const { current: queued, grade, undo, hide } = session;
  // `t` swaps the card's text for the other language; the card (and its grade) stay the same.
  const other = useOtherLanguage(queued && queued.type !== "exercise" ? queued.cardId : null);
  const toggleLanguage = other.toggle;
  const current = useMemo(() => (queued && other.shown ? { ...queued, content: other.shown.content } : queued), [queued, other.shown]);
  const [revealed, setRevealed] = useState(false);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [shownCardId, setShownCardId] = useState<string | null>(null);
  const [estimate, setEstimate] = useState<GradedEstimate | null>(null);
  const [infoFor, setInfoFor] = useState<string | null>(null);
  const closeInfo = useCallback(() => setInfoFor(null), []);

  // A new card on screen starts hidden with nothing picked.
  if ((current?.cardId ?? null) !== shownCardId) {
    setShownCardId(current?.cardId ?? null);
    setRevealed(false);
    setChosen(new Set());
    setEstimate(null);
  }
  const suggested = estimate?.grade.suggestedRating ?? null;
  const [gestures, setGestures] = useGestureSetting();
  // Tap reveals a plain card (multiple choice and estimates have their own controls); once
  // revealed, a swipe left grades Again and a swipe right Good.
  const touch = useTouchGestures(
    gestures && current !== null && current.type !== "exercise",
    () => {
      if (!revealed && !current?.content.options && !current?.content.estimate) setRevealed(true);
    },
    (direction) => {
      if (revealed) grade(direction === "left" ? 1 : 3);
    },
  );

  // A layout effect, not an effect: the listener must see the new card before the browser paints
  // it. With useEffect, a key pressed right after the next card appeared still reached the old
  // card's listener (already revealed), so a fast Space was swallowed.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey || event.metaKey || infoFor) return;
      if ((event.key === "z" && event.ctrlKey) || (event.key.toLowerCase() === "u" && !event.ctrlKey)) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || !current || current.type === "exercise") return;
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        if (!revealed) setRevealed(true);
        return;
      }
      const digit = Number(event.key);
      if (revealed && digit >= 1 && digit <= 4) {
        event.preventDefault();
        grade(digit as Rating);
      } else if (!revealed && current.content.options && digit >= 1 && digit <= current.content.options.length) {
        event.preventDefault();
        setChosen((c) => pick(c, digit - 1, current.content.multiAnswer ?? false));
      } else if (event.key === "b") {
        void hide("bury");
      } else if (event.key === "s") {
        void hide("suspend");
      } else if (event.key === "t") {
        void toggleLanguage();
      } else if (event.key === "i") {
        setInfoFor(current.cardId);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, revealed, grade, undo, hide, toggleLanguage, infoFor]);

  if (session.loading) return <p className="py-16 text-center text-slate-500" role="status">{t("loading")}</p>;

  const counts = session.counts;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex items-center justify-between text-sm" aria-live="polite">
        <div className="flex gap-4 tabular-nums" data-testid="review-counts">
          <span className="text-brand-600 dark:text-brand-100" title={t("new")}>{t("countNew", { count: counts?.new ?? 0 })}</span>
          <span className="text-orange-600 dark:text-orange-400" title={t("learning")}>{t("countLearning", { count: counts?.learning ?? 0 })}</span>
          <span className="text-emerald-600 dark:text-emerald-400" title={t("review")}>{t("countReview", { count: counts?.review ?? 0 })}</span>
        </div>
        <div className="flex items-center gap-3 text-slate-500">
          {session.offline && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100" data-testid="offline-badge">{t("offline")}</span>}
          {session.pendingCount > 0 &&
            (session.offline ? (
              <span data-testid="waiting-count" title={t("waitingTitle")}>{t("waiting", { count: session.pendingCount })}</span>
            ) : (
              <span title={t("savingTitle")}>{t("saving", { count: session.pendingCount })}</span>
            ))}
          <button type="button" onClick={() => void undo()} disabled={!session.canUndo} className="rounded px-2 py-1 hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800">
            {t("undo")} <kbd className="font-mono text-xs">U</kbd>
          </button>
        </div>
      </div>
      {session.error && <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300">{session.error}</p>}
      {session.notice && <p role="status" className="mt-3 text-sm text-slate-600 dark:text-slate-400">{session.notice}</p>}
      {session.rejected.length > 0 && (
        <div role="alert" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200" data-testid="rejected-grades">
          <p className="font-medium">{t("refusedTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {session.rejected.map((r) => (
              <li key={r.reviewId}>
                {r.cardId} · {new Date(r.reviewedAt).toLocaleString(locale)}: {codeMessage(r.code, r.message)} <span className="font-mono text-xs">({r.code})</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void session.dismissRejected()} className="mt-2 underline">{t("dismiss")}</button>
        </div>
      )}

      {current?.type === "exercise" ? (
        <ExerciseDue card={current} onSkip={() => void hide("bury")} />
      ) : current ? (
        <section className={`${panelClass} mt-4 touch-pan-y`} aria-label={t("card")} data-testid="review-card" data-card-id={current.cardId} {...touch}>
          <p className="text-xs text-slate-500">{current.sectionTitle} · {TYPE_KEYS[current.type] ? t(TYPE_KEYS[current.type]) : current.type}</p>
          <div className="md mt-3 text-lg" data-testid="card-prompt" dangerouslySetInnerHTML={{ __html: current.type === "cloze" && revealed ? current.content.answer : current.content.prompt }} />
          {current.content.options && !revealed && (
            <ul className="mt-4 space-y-2" aria-label={t("options")}>
              {current.content.options.map((option, i) => (
                <li key={i}>
                  <button
                    type="button"
                    aria-pressed={chosen.has(i)}
                    onClick={() => setChosen((c) => pick(c, i, current.content.multiAnswer ?? false))}
                    className={`flex w-full gap-2 rounded-lg border p-3 text-left ${chosen.has(i) ? "border-brand-500 bg-brand-50 dark:bg-brand-700/20" : "border-slate-200 hover:border-slate-400 dark:border-slate-700"}`}
                  >
                    <kbd className="font-mono text-sm text-slate-500">{i + 1}</kbd>
                    <span className="md flex-1" dangerouslySetInnerHTML={{ __html: option.html }} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {current.content.multiAnswer && !revealed && <p className="mt-2 text-xs text-slate-500">{t("severalCorrect")}</p>}

          {revealed ? (
            <div className="mt-6 border-t border-slate-200 pt-6 dark:border-slate-800" data-testid="card-answer">
              {current.content.estimate && <EstimateVerdict result={estimate} answerText={current.content.estimate.answerText} />}
              {current.type === "cloze" ? <CardAnswer content={{ ...current.content, answer: "" }} /> : <CardAnswer content={current.content} chosen={chosen} />}
              {current.content.terms && <TermsLine terms={current.content.terms} />}
              <div className="mt-6 grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label={t("gradeGroup")}>
                {GRADES.map((g) => {
                  const preview = current.previews.find((p) => p.rating === g.rating);
                  // Formatted here in the UI's language (the server's `label` is English, for API clients).
                  const interval = preview ? formatIntervalLabel(previewMs(preview), locale) : "?";
                  return (
                    <button key={g.rating} type="button" onClick={() => grade(g.rating)} data-suggested={suggested === g.rating || undefined} className={`flex min-h-14 flex-col items-center justify-center rounded-lg border bg-white px-3 py-2 font-medium dark:bg-slate-900 ${g.tone} ${suggested === g.rating || (g.rating === 4 && estimate?.grade.exact) ? "ring-2 ring-brand-500" : ""}`} aria-label={`${t("gradeButton", { grade: t(g.label), interval, key: g.rating })}${suggested === g.rating ? t("suggestedSuffix") : ""}`}>
                      <span>{t(g.label)}{suggested === g.rating && <span className="ml-1 text-xs font-normal">{t("suggested")}</span>}</span>
                      <span className="text-xs font-normal opacity-80">{preview ? interval : null} · <kbd className="font-mono">{g.rating}</kbd></span>
                    </button>
                  );
                })}
              </div>
            </div>
          ) : current.content.estimate ? (
            <EstimateInput
              face={current.content.estimate}
              onChecked={(result) => {
                setEstimate(result);
                setRevealed(true);
              }}
              onGiveUp={() => setRevealed(true)}
            />
          ) : (
            <div className="mt-6 flex flex-wrap items-center gap-3">
              <button type="button" autoFocus onClick={() => setRevealed(true)} className={primaryButton}>
                {t("showAnswer")} <kbd className="font-mono text-xs opacity-80">Space</kbd>
              </button>
            </div>
          )}
          <div className="mt-6 flex flex-wrap gap-2 text-xs">
            <button type="button" onClick={() => void hide("bury")} className={`${secondaryButton} px-2 py-1 text-xs`}>{t("bury")} <kbd className="font-mono">B</kbd></button>
            <button type="button" onClick={() => void hide("suspend")} className={`${secondaryButton} px-2 py-1 text-xs`}>{t("suspend")} <kbd className="font-mono">S</kbd></button>
            <button type="button" onClick={() => void other.toggle()} aria-pressed={other.shown !== null} data-testid="toggle-language" className={`${secondaryButton} px-2 py-1 text-xs`}>
              {other.shown ? (other.shown.locale === "zh" ? "中文" : "English") : "中文 / English"} <kbd className="font-mono">T</kbd>
            </button>
            {other.failed && <span role="alert" className="self-center text-red-600">{t("otherLanguageFailed")}</span>}
            <button type="button" onClick={() => setInfoFor(current.cardId)} className={`${secondaryButton} px-2 py-1 text-xs`}>{t("cardInfo")} <kbd className="font-mono">I</kbd></button>
          </div>
        </section>
      ) : (
        <section className={`${panelClass} mt-4 text-center`} data-testid="review-done">
          <h1 className="text-2xl font-semibold">{session.stats.reviewed > 0 ? t("sessionComplete") : t("nothingDue")}</h1>
          <SessionSummary stats={session.stats} />
          <p className="mt-4 text-slate-600 dark:text-slate-400">
            {session.nextDueAt ? t.rich("nextCard", { when: () => <RelativeTime iso={session.nextDueAt!} /> }) : t("noneScheduled")}
          </p>
          <Link href="/" className={`${secondaryButton} mt-6`}>{t("backHome")}</Link>
        </section>
      )}
      {infoFor && <CardInfoPanel cardId={infoFor} onClose={closeInfo} />}
      <p className="mt-6 hidden text-center text-xs text-slate-500 sm:block">
        <kbd>Space</kbd> {t("keysReveal")} · <kbd>1</kbd>–<kbd>4</kbd> {t("keysGrade")} · <kbd>U</kbd> {t("keysUndo")} · <kbd>B</kbd> {t("keysBury")} · <kbd>S</kbd> {t("keysSuspend")} · <kbd>T</kbd> {t("keysOtherLanguage")} · <kbd>I</kbd> {t("keysCardInfo")}
      </p>
      <label className="mt-4 flex items-center justify-center gap-2 text-xs text-slate-500">
        <input type="checkbox" checked={gestures} onChange={(e) => setGestures(e.target.checked)} data-testid="gesture-setting" />
        {t("gestures")}
      </label>
    </div>
  );
}

/** The interval a grade gives, from when the preview was made; a preview from an older build has only its due date. */
const previewMs = (preview: IntervalPreview) => (Number.isFinite(preview.intervalMs) ? preview.intervalMs : new Date(preview.due).getTime() - Date.now());

function pick(current: Set<number>, index: number, multi: boolean): Set<number> {
  if (!multi) return new Set(current.has(index) ? [] : [index]);
  const next = new Set(current);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}
