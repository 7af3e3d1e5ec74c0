import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Landing } from "@/components/landing";
import { ProgressBar } from "@/components/progress-bar";
import { RelativeTime } from "@/components/relative-time";
import { panelClass, primaryButton } from "@/components/ui";
import { currentUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { getHome } from "@/lib/progress/get-home";
import { InterviewReadiness } from "@/components/home/interview-readiness";
import { getOptimizeOffer } from "@/lib/scheduler/get-optimize-offer";
import { getReadiness } from "@/lib/scheduler/get-readiness";

export default async function HomePage() {
  const userId = await currentUserId();
  if (!userId) return <Landing />;
  const [home, offerOptimize, readiness] = await Promise.all([getHome(db, userId), getOptimizeOffer(db, userId), getReadiness(db, userId)]);
  const t = await getTranslations("home");
  const due = home.counts.new + home.counts.learning + home.counts.review;
  const stats = [
    { label: t("learning"), value: home.counts.learning, color: "text-orange-600 dark:text-orange-400" },
    { label: t("review"), value: home.counts.review, color: "text-emerald-600 dark:text-emerald-400" },
    { label: t("new"), value: home.counts.new, color: "text-brand-600 dark:text-brand-100" },
  ];
  return (
    <div className="space-y-8">
      <section className={`${panelClass} flex flex-col gap-6 sm:flex-row sm:items-center sm:justify-between`} aria-labelledby="due-heading">
        <div>
          <h1 id="due-heading" className="text-2xl font-semibold tracking-tight">{due > 0 ? t("dueNow") : t("allCaughtUp")}</h1>
          <dl className="mt-3 flex gap-6" data-testid="due-counts">
            {stats.map((s) => (
              <div key={s.label}>
                <dt className="text-xs uppercase tracking-wide text-slate-500">{s.label}</dt>
                <dd className={`text-3xl font-bold tabular-nums ${s.color}`}>{s.value}</dd>
              </div>
            ))}
            <div>
              <dt className="text-xs uppercase tracking-wide text-slate-500">{t("streak")}</dt>
              <dd className="text-3xl font-bold tabular-nums" data-testid="streak">
                {home.streak}
                <span className="ml-1 text-base font-medium text-slate-500">{t("days", { count: home.streak })}</span>
              </dd>
            </div>
          </dl>
          {due === 0 && home.nextDueAt && (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t.rich("nextCard", { when: () => <RelativeTime iso={home.nextDueAt!} /> })}</p>
          )}
        </div>
        <Link href="/review" className={`${primaryButton} px-8 py-4 text-lg`} aria-disabled={due === 0}>
          {due > 0 ? t("startReview") : t("openReview")}
        </Link>
      </section>

      <InterviewReadiness readiness={readiness} />

      {offerOptimize && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200" data-testid="optimize-offer">
          {t("optimizeOffer")} <Link href="/settings#optimizer-title" className="font-medium underline">{t("optimizeLink")}</Link>
        </p>
      )}

      <section aria-labelledby="decks-heading">
        <div className="flex items-baseline justify-between">
          <h2 id="decks-heading" className="text-lg font-semibold">{t("yourDecks")}</h2>
          <Link href="/decks" className="text-sm underline">{t("manageDecks")}</Link>
        </div>
        {home.decks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("noDecks")} <Link href="/decks" className="underline">{t("createDeck")}</Link>.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {home.decks.map((deck) => (
              <li key={deck.id} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <div className="flex items-baseline justify-between gap-3">
                  <Link href={`/review?deck=${deck.id}`} className="font-semibold hover:underline">{deck.name}</Link>
                  <span className="text-xs tabular-nums text-slate-500">{t("started", { done: deck.reviewed, total: deck.cards })}</span>
                </div>
                <div className="mt-3">
                  <ProgressBar value={deck.reviewed} total={deck.cards} label={t("progressLabel", { name: deck.name })} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="chapters-heading">
        <h2 id="chapters-heading" className="text-lg font-semibold">{t("chapters")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {home.chapters.map((chapter) => (
            <li key={chapter.id}>
              <Link href={`/chapters/${chapter.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900">
                <div className="flex items-baseline justify-between gap-3">
                  <h3 className="font-semibold">{chapter.title}</h3>
                  <span className="text-xs tabular-nums text-slate-500">{t("started", { done: chapter.seen, total: chapter.total })}</span>
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-slate-600 dark:text-slate-400">{chapter.summary}</p>
                <div className="mt-3">
                  <ProgressBar value={chapter.seen} total={chapter.total} label={t("progressLabel", { name: chapter.title })} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
