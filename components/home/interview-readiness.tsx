import Link from "next/link";
import { ProgressBar } from "@/components/progress-bar";
import { panelClass } from "@/components/ui";
import type { Readiness } from "@/lib/scheduler/get-readiness";

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The countdown to the interview and the predicted recall on the day, per chapter. */
export function InterviewReadiness({ readiness }: { readiness: Readiness }) {
  if (!readiness.date || readiness.daysLeft === null || readiness.daysLeft < 0) return null;
  const days = readiness.daysLeft;
  return (
    <section className={panelClass} aria-labelledby="interview-heading" data-testid="interview">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="interview-heading" className="text-lg font-semibold" data-testid="interview-countdown">
          {days === 0 ? "Your interview is today" : `${days} ${days === 1 ? "day" : "days"} to your interview`}
        </h2>
        <Link href="/settings#interviewDate" className="text-sm text-slate-500 underline">Change</Link>
      </div>
      {readiness.overall !== null && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Readiness: <span className="font-semibold tabular-nums" data-testid="readiness-overall">{percent(readiness.overall)}</span> — the share of the
          interview&apos;s cards you are predicted to recall on the day if you stopped studying now (cards never studied count as forgotten).
        </p>
      )}
      <ul className="mt-4 space-y-3" data-testid="readiness-chapters">
        {readiness.chapters.map((c) => (
          <li key={c.id}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span>{c.title}</span>
              <span className="tabular-nums text-slate-500">
                {percent(c.recall)} · {c.studied}/{c.cards} studied
              </span>
            </div>
            <ProgressBar value={Math.round(c.recall * 1000)} total={1000} label={`${c.title} readiness`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
