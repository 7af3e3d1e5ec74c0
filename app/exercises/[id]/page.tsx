import type { Metadata } from "next";
import Link from "next/link";
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
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/exercises" className="hover:underline">Exercises</Link> / {view.meta.title}
      </nav>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{view.meta.title}</h1>
        <span className="text-sm text-slate-500">{view.meta.difficulty}{view.meta.noMapSet ? " · runs without Map/Set" : ""} · {view.status}{view.attempts ? ` · ${view.attempts} submission${view.attempts === 1 ? "" : "s"}` : ""}</span>
        {review === "1" && <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-700/40 dark:text-brand-100">Review: solve it again from the starter</span>}
      </div>
      <div className="mt-4">
        <ExerciseWorkspace view={view} review={review === "1"} />
      </div>
    </div>
  );
}
