import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { AppError } from "@/lib/errors";
import { getQuizState } from "@/lib/quiz/get-quiz-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("quiz") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ requested?: string }> };

export default async function QuizRunPage({ params, searchParams }: Props) {
  const { id } = await params;
  const userId = await requirePageUserId(`/quiz/${id}`);
  const state = await getQuizState(db, userId, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (state.finishedAt) redirect(`/quiz/${id}/results`);
  const requested = Number((await searchParams).requested);
  // The key restarts the runner (and its countdown) when the server state is reloaded.
  return <QuizRunner key={state.answeredCount} initial={state} requestedLength={Number.isInteger(requested) ? requested : null} />;
}
