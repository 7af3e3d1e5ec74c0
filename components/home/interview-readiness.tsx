import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/progress-bar";
import { panelClass } from "@/components/ui";
import type { Readiness } from "@/lib/scheduler/get-readiness";

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The countdown to the interview and the predicted recall on the day, per chapter. */
export async function InterviewReadiness({ readiness }: { readiness: Readiness }) {
  const t = await getTranslations("home");
  if (!readiness.date || readiness.daysLeft === null || readiness.daysLeft < 0) return null;
  const days = readiness.daysLeft;
  return (
    <section className={panelClass} aria-labelledby="interview-heading" data-testid="interview">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="interview-heading" className="text-lg font-semibold" data-testid="interview-countdown">
          {days === 0 ? t("interviewToday") : t("interviewIn", { days })}
        </h2>
        <Link href="/settings#interviewDate" className="text-sm text-slate-500 underline">{t("change")}</Link>
      </div>
      {readiness.overall !== null && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("readiness")} <span className="font-semibold tabular-nums" data-testid="readiness-overall">{percent(readiness.overall)}</span> {t("readinessExplain")}
        </p>
      )}
      <ul className="mt-4 space-y-3" data-testid="readiness-chapters">
        {readiness.chapters.map((c) => (
          <li key={c.id}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span>{c.title}</span>
              <span className="tabular-nums text-slate-500">
                {t("studied", { percent: percent(c.recall), studied: c.studied, cards: c.cards })}
              </span>
            </div>
            <ProgressBar value={Math.round(c.recall * 1000)} total={1000} label={t("readinessLabel", { title: c.title })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
