import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CardEditor } from "@/components/decks/card-editor";
import { requirePageUserId } from "@/lib/auth/session.server";
import { getCard } from "@/lib/cards/get-card";
import { db } from "@/lib/db.server";
import { listDecks } from "@/lib/decks/list-decks";
import { AppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("editCard") };
}

export default async function EditCardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const userId = await requirePageUserId(`/cards/${id}/edit`);
  const card = await getCard(db, userId, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  if (!card.source || !card.deckId) notFound();
  const decks = await listDecks(db, userId);
  const t = await getTranslations("cards");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("editCard")}</h1>
      <CardEditor decks={decks} initial={{ id: card.id, deckId: card.deckId, source: card.source, tags: card.tags }} />
    </div>
  );
}
