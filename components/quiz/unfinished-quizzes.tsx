"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QuizSummary } from "@/lib/quiz/quiz-types";
import { panelClass, primaryButton, secondaryButton } from "../ui";
import { formatDuration, modeLabel } from "./format";
import { api } from "@/lib/client/api";

/** Quizzes left mid-way: resume where you stopped, or abandon. */
export function UnfinishedQuizzes({ quizzes }: { quizzes: QuizSummary[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function abandon(id: string) {
    if (!window.confirm("Abandon this quiz? Its answers are discarded.")) return;
    setBusyId(id);
    setError(null);
    try {
      await api.delete(`/api/quizzes/${id}`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className={`${panelClass} border-brand-500`} aria-labelledby="unfinished-heading" data-testid="unfinished-quizzes">
      <h2 id="unfinished-heading" className="text-xl font-semibold">Unfinished {quizzes.length === 1 ? "quiz" : "quizzes"}</h2>
      {error && <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">{error}</p>}
      <ul className="mt-3 space-y-3">
        {quizzes.map((q) => (
          <li key={q.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="text-sm">
              <p className="font-medium">{modeLabel(q.mode)} · {q.chapterTitles.length ? q.chapterTitles.join(", ") : "All chapters"}</p>
              <p className="text-slate-500 tabular-nums">
                {q.answeredCount} of {q.length} answered{q.remainingMs !== null ? ` · ${formatDuration(q.remainingMs)} left` : ""}
              </p>
            </div>
            <div className="flex gap-2">
              <Link href={`/quiz/${q.id}`} className={primaryButton}>Resume</Link>
              <button type="button" onClick={() => void abandon(q.id)} disabled={busyId === q.id} className={secondaryButton}>Abandon</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
