import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CardEditor } from "@/components/decks/card-editor";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listDecks } from "@/lib/decks/list-decks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("newCard") };
}

export default async function NewCardPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const userId = await requirePageUserId("/cards/new");
  const [decks, { deck }] = await Promise.all([listDecks(db, userId), searchParams]);
  const t = await getTranslations("cards");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("newCard")}</h1>
      {decks.length === 0 ? (
        <p>
          {t.rich("needDeck", { link: (chunks) => <Link className="underline" href="/decks">{chunks}</Link> })}
        </p>
      ) : (
        <CardEditor decks={decks} deckId={decks.some((d) => d.id === deck) ? deck : undefined} />
      )}
    </div>
  );
}
