import Link from "next/link";
import type { QueueCard } from "@/lib/review/get-queue";
import { panelClass, primaryButton, secondaryButton } from "../ui";

/** A due coding exercise in the review queue: it is solved again, from the starter, on its own page. */
export function ExerciseDue({ card, onSkip }: { card: QueueCard; onSkip: () => void }) {
  const exerciseId = card.cardId.replace(/^exercise-/, "");
  return (
    <section className={`${panelClass} mt-4`} aria-label="Exercise due" data-testid="review-card" data-card-id={card.cardId}>
      <p className="text-xs text-slate-500">{card.sectionTitle} · coding exercise</p>
      <div className="md mt-3 text-lg" dangerouslySetInnerHTML={{ __html: card.content.prompt }} />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Solve it again from the starter; your submission schedules the next review.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href={`/exercises/${exerciseId}?review=1`} className={primaryButton} autoFocus>Solve it now</Link>
        <button type="button" onClick={onSkip} className={secondaryButton}>Skip until tomorrow</button>
      </div>
    </section>
  );
}
