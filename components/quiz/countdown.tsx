import { useTranslations } from "next-intl";
import { formatClock, formatDuration } from "./format";

/** The mock interview's remaining time; the accessible text is announced only near the end. */
export function Countdown({ remainingMs }: { remainingMs: number }) {
  const t = useTranslations("quiz");
  const urgent = remainingMs <= 30_000;
  return (
    <div
      data-testid="quiz-countdown"
      data-remaining-ms={remainingMs}
      className={`rounded-md px-3 py-1 font-mono text-lg tabular-nums ${urgent ? "bg-red-100 text-red-800 dark:bg-red-950/60 dark:text-red-200" : "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100"}`}
    >
      <span aria-hidden>{formatClock(remainingMs)}</span>
      <span className="sr-only">{t("timeLeft", { time: formatDuration(remainingMs, t) })}</span>
    </div>
  );
}
