import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeckManager } from "@/components/decks/deck-manager";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listChapterOptions } from "@/lib/decks/list-chapter-options";
import { listDecks } from "@/lib/decks/list-decks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("decks") };
}

export default async function DecksPage() {
  const userId = await requirePageUserId("/decks");
  const [decks, chapters, t] = await Promise.all([listDecks(db, userId), getLocale().then((locale) => listChapterOptions(db, locale)), getTranslations("decks")]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <DeckManager initial={decks} chapters={chapters} />
    </div>
  );
}
