"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useErrorMessage } from "../i18n/use-error-message";
import { useState } from "react";
import type { QuizSummary } from "@/lib/quiz/quiz-types";
import { panelClass, primaryButton, secondaryButton } from "../ui";
import { formatDuration } from "./format";
import { api } from "@/lib/client/api";

/** Quizzes left mid-way: resume where you stopped, or abandon. */
export function UnfinishedQuizzes({ quizzes }: { quizzes: QuizSummary[] }) {
  const t = useTranslations("quiz");
  const describeError = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function abandon(id: string) {
    if (!window.confirm(t("abandonConfirm"))) return;
    setBusyId(id);
    setError(null);
    try {
      await api.delete(`/api/quizzes/${id}`);
      router.refresh();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className={`${panelClass} border-brand-500`} aria-labelledby="unfinished-heading" data-testid="unfinished-quizzes">
      <h2 id="unfinished-heading" className="text-xl font-semibold">{t("unfinished", { count: quizzes.length })}</h2>
      {error && <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">{error}</p>}
      <ul className="mt-3 space-y-3">
        {quizzes.map((q) => (
          <li key={q.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="text-sm">
              <p className="font-medium">{q.mode === "mock" ? t("mock") : t("practice")} · {q.chapterTitles.length ? q.chapterTitles.join(", ") : t("allChapters")}</p>
              <p className="text-slate-500 tabular-nums">
                {t("answered", { answered: q.answeredCount, length: q.length })}{q.remainingMs !== null ? t("left", { time: formatDuration(q.remainingMs, t) }) : ""}
              </p>
            </div>
            <div className="flex gap-2">
              <Link href={`/quiz/${q.id}`} className={primaryButton}>{t("resume")}</Link>
              <button type="button" onClick={() => void abandon(q.id)} disabled={busyId === q.id} className={secondaryButton}>{t("abandon")}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
