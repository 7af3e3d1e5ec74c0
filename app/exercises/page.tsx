import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listExercisesForUser, type ExerciseStatus } from "@/lib/exercises/progress/list-exercises";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("exercises") };
}

const BADGE: Record<ExerciseStatus, string> = {
  new: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  attempted: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  solved: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  due: "bg-brand-100 text-brand-700 dark:bg-brand-700/40 dark:text-brand-100",
};

export default async function ExercisesPage() {
  const userId = await requirePageUserId("/exercises");
  const exercises = await listExercisesForUser(db, userId);
  const chapters = await db.chapter.findMany({ where: { retiredAt: null }, orderBy: { order: "asc" }, select: { id: true, title: true } });
  const t = await getTranslations("exercises");
  const STATUS = { new: t("statusNew"), attempted: t("statusAttempted"), solved: t("statusSolved"), due: t("statusDue") } as const;
  const DIFFICULTY: Record<string, string> = { easy: t("difficultyEasy"), medium: t("difficultyMedium"), hard: t("difficultyHard") };
  const solved = exercises.filter((e) => e.status === "solved" || e.status === "due").length;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {t("intro", { solved, total: exercises.length })}
      </p>
      {chapters.map((chapter) => {
        const list = exercises.filter((e) => e.chapter === chapter.id);
        if (list.length === 0) return null;
        return (
          <section key={chapter.id} className="mt-8" aria-labelledby={`ch-${chapter.id}`}>
            <h2 id={`ch-${chapter.id}`} className="text-lg font-semibold">{chapter.title}</h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {list.map((e) => (
                <li key={e.id}>
                  <Link href={`/exercises/${e.id}${e.status === "due" ? "?review=1" : ""}`} className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900" data-testid={`exercise-${e.id}`}>
                    <span>
                      <span className="font-medium">{e.title}</span>
                      <span className="ml-2 text-xs text-slate-500">{DIFFICULTY[e.difficulty] ?? e.difficulty}{e.noMapSet ? t("noMapSet") : ""}</span>
                    </span>
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[e.status]}`} data-status={e.status}>{STATUS[e.status]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
