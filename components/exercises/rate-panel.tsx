"use client";

import Link from "next/link";
import { api } from "@/lib/client/api";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorMessage } from "../i18n/use-error-message";
import { RelativeTime } from "../relative-time";

const LABELS = ["again", "hard", "good", "easy"] as const;

/**
 * Puts the exercise on the FSRS schedule: the suggestion (first-try pass → Good, pass after
 * failures → Hard, gave up → Again) is preselected; the learner may pick another grade.
 */
export function RatePanel({ exerciseId, suggested, review }: { exerciseId: string; suggested: number; review: boolean }) {
  const t = useTranslations("exercises");
  const describeError = useErrorMessage();
  const [reviewId] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<{ due: string; rating: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function rate(rating: number) {
    setError(null);
    try {
      // The same reviewId for retries; a change of mind after rating goes through undo in /review.
      const body = await api.post<{ card: { due: string } }>("/api/reviews", { reviewId, cardId: `exercise-${exerciseId}`, rating });
      setState({ due: body.card.due, rating });
    } catch (e) {
      setError(describeError(e) || t("scheduleFailed"));
    }
  }

  if (state) {
    return (
      <p role="status" className="rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800" data-testid="exercise-scheduled">
        {t.rich("scheduledAs", { rating: t(LABELS[state.rating - 1]), b: (chunks) => <strong>{chunks}</strong>, when: () => <RelativeTime iso={state.due} /> })}{" "}
        {review && <Link href="/review" className="font-medium text-brand-600 underline dark:text-brand-100">{t("backToReview")}</Link>}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" role="group" aria-label={t("scheduleGroup")}>
      <p className="text-sm">{t.rich("howDidItGo", { rating: t(LABELS[suggested - 1]), b: (chunks) => <strong>{chunks}</strong> })}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {LABELS.map((label, i) => (
          <button
            key={label}
            type="button"
            autoFocus={i + 1 === suggested}
            onClick={() => void rate(i + 1)}
            className={`rounded-md border px-3 py-1.5 text-sm font-medium ${i + 1 === suggested ? "border-brand-500 bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100" : "border-slate-300 dark:border-slate-700"}`}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {error && <p role="alert" className="mt-2 text-sm text-red-600">{error}</p>}
    </div>
  );
}
