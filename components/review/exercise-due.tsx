import Link from "next/link";
import { useTranslations } from "next-intl";
import type { QueueCard } from "@/lib/review/get-queue";
import { panelClass, primaryButton, secondaryButton } from "../ui";

/** A due coding exercise in the review queue: it is solved again, from the starter, on its own page. */
export function ExerciseDue({ card, onSkip }: { card: QueueCard; onSkip: () => void }) {
  const t = useTranslations("review");
  const exerciseId = card.cardId.replace(/^exercise-/, "");
  return (
    <section className={`${panelClass} mt-4`} aria-label={t("exerciseDue")} data-testid="review-card" data-card-id={card.cardId}>
      <p className="text-xs text-slate-500">{card.sectionTitle} · {t("codingExercise")}</p>
      <div className="md mt-3 text-lg" dangerouslySetInnerHTML={{ __html: card.content.prompt }} />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("exerciseHint")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/exercises/${exerciseId}?review=1`} className={primaryButton} autoFocus>{t("solveNow")}</Link>
        <button type="button" onClick={onSkip} className={secondaryButton}>{t("skipTomorrow")}</button>
      </div>
    </section>
  );
}
