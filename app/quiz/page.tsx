import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuizHistory } from "@/components/quiz/quiz-history";
import { QuizStartForm } from "@/components/quiz/quiz-start-form";
import { UnfinishedQuizzes } from "@/components/quiz/unfinished-quizzes";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { getChapterProgress } from "@/lib/progress/get-chapter-progress";
import { listDecks } from "@/lib/decks/list-decks";
import { listQuizzes } from "@/lib/quiz/list-quizzes";
import { getSettings } from "@/lib/settings/get-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("quiz") };
}

export default async function QuizPage() {
  const userId = await requirePageUserId("/quiz");
  const [chapters, overview, settings, decks] = await Promise.all([getChapterProgress(db, userId), listQuizzes(db, userId), getSettings(db, userId), listDecks(db, userId)]);
  const t = await getTranslations("quiz");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      {overview.unfinished.length > 0 && <UnfinishedQuizzes quizzes={overview.unfinished} />}
      <QuizStartForm chapters={[...chapters.filter((c) => c.total > 0).map((c) => ({ id: c.id, title: c.title, cards: c.total })), ...decks.filter((d) => d.cardCount > 0).map((d) => ({ id: d.id, title: t("yourDeck", { name: d.name }), cards: d.cardCount }))]} />
      <QuizHistory quizzes={overview.history} timezone={settings.timezone} />
    </div>
  );
}
