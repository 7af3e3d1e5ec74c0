import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExerciseWorkspace } from "@/components/exercises/exercise-workspace";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { AppError } from "@/lib/errors";
import { listExercises } from "@/lib/exercises/catalog";
import { getExerciseForUser } from "@/lib/exercises/progress/get-exercise";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ review?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: listExercises().find((e) => e.id === id)?.title ?? "Exercise" };
}

export default async function ExercisePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { review } = await searchParams;
  const userId = await requirePageUserId(`/exercises/${id}`);
  const view = await getExerciseForUser(db, userId, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("exercises");
  const header = await getTranslations("header");
  const STATUS: Record<string, string> = { new: t("statusNew"), attempted: t("statusAttempted"), solved: t("statusSolved"), due: t("statusDue") };
  const DIFFICULTY: Record<string, string> = { easy: t("difficultyEasy"), medium: t("difficultyMedium"), hard: t("difficultyHard") };
  return (
    <div>
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-500">
        <Link href="/exercises" className="hover:underline">{header("exercises")}</Link> / {view.meta.title}
      </nav>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{view.meta.title}</h1>
        <span className="text-sm text-slate-500">{DIFFICULTY[view.meta.difficulty] ?? view.meta.difficulty}{view.meta.noMapSet ? t("runsWithoutMapSet") : ""} · {STATUS[view.status] ?? view.status}{view.attempts ? t("submissions", { count: view.attempts }) : ""}</span>
        {review === "1" && <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-700/40 dark:text-brand-100">{t("reviewBadge")}</span>}
      </div>
      <div className="mt-4">
        <ExerciseWorkspace view={view} review={review === "1"} />
      </div>
    </div>
  );
}
