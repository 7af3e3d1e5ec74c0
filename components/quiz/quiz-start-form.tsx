"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorMessage } from "../i18n/use-error-message";
import { useState, type FormEvent } from "react";
import type { StartedQuiz } from "@/lib/quiz/quiz-types";
import { panelClass, primaryButton } from "../ui";
import { api } from "@/lib/client/api";
import { useHydrated } from "../use-hydrated";

type Props = { chapters: { id: string; title: string; cards: number }[] };

const LENGTHS = [10, 20, 50] as const;

/** Chapters (or all), length and mode; starting creates the quiz on the server and opens it. */
export function QuizStartForm({ chapters }: Props) {
  const t = useTranslations("quiz");
  const describeError = useErrorMessage();
  const router = useRouter();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [length, setLength] = useState<(typeof LENGTHS)[number]>(10);
  const [mode, setMode] = useState<"practice" | "mock">("practice");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const all = selected.size === 0;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const quiz = await api.post<StartedQuiz>("/api/quizzes", { chapterIds: [...selected], length, mode });
      router.push(`/quiz/${quiz.id}${quiz.notice ? `?requested=${quiz.requestedLength}` : ""}`);
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const choice = "flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 dark:border-slate-700 dark:has-[:checked]:bg-brand-700/20";
  return (
    <form onSubmit={onSubmit} className={panelClass} aria-labelledby="start-quiz-heading" data-testid="quiz-start-form">
      <fieldset disabled={!hydrated} className="min-w-0 space-y-6">
      <h2 id="start-quiz-heading" className="text-xl font-semibold">{t("startTitle")}</h2>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("chapters")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className={choice}>
            <input type="checkbox" checked={all} onChange={() => setSelected(new Set())} className="accent-brand-600" />
            {t("allChapters")}
          </label>
          {chapters.map((c) => (
            <label key={c.id} className={choice}>
              <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} className="accent-brand-600" />
              <span className="flex-1">{c.title}</span>
              <span className="text-xs tabular-nums text-slate-500">{t("cards", { count: c.cards })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("length")}</legend>
          <div className="mt-2 flex gap-2">
            {LENGTHS.map((n) => (
              <label key={n} className={choice}>
                <input type="radio" name="length" value={n} checked={length === n} onChange={() => setLength(n)} className="accent-brand-600" />
                {t("questions", { count: n })}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("mode")}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            <label className={choice}>
              <input type="radio" name="mode" value="practice" checked={mode === "practice"} onChange={() => setMode("practice")} className="accent-brand-600" />
              {t("practice")}
            </label>
            <label className={choice}>
              <input type="radio" name="mode" value="mock" checked={mode === "mock"} onChange={() => setMode("mock")} className="accent-brand-600" />
              {t("mock")}
            </label>
          </div>
          <p className="mt-2 text-xs text-slate-500">
            {mode === "practice" ? t("practiceHint") : t("mockHint", { count: length })}
          </p>
        </fieldset>
      </div>
      {error && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300">{error}</p>}
      <button type="submit" className={primaryButton} disabled={busy}>{busy ? t("starting") : t("start")}</button>
      </fieldset>
    </form>
  );
}
