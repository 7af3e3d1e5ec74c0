import type { Metadata } from "next";
import { DeckManager } from "@/components/decks/deck-manager";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listChapterOptions } from "@/lib/decks/list-chapter-options";
import { listDecks } from "@/lib/decks/list-decks";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const userId = await requirePageUserId("/decks");
  const [decks, chapters] = await Promise.all([listDecks(db, userId), listChapterOptions(db)]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Your decks</h1>
      <DeckManager initial={decks} chapters={chapters} />
    </div>
  );
}
