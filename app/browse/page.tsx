import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BrowseTable } from "@/components/decks/browse-table";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { listChapterOptions } from "@/lib/decks/list-chapter-options";
import { listDecks } from "@/lib/decks/list-decks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("header"))("browse") };
}

const FILTER_KEYS = ["q", "deck", "type", "state", "tag", "leech", "dueBefore", "dueAfter", "lapses", "sort"] as const;

export default async function BrowsePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requirePageUserId("/browse");
  const [decks, chapters, params] = await Promise.all([
    listDecks(db, userId),
    getLocale().then((locale) => listChapterOptions(db, locale)),
    searchParams,
  ]);
  const t = await getTranslations("browse");
  const initial = Object.fromEntries(FILTER_KEYS.flatMap((k) => (typeof params[k] === "string" ? [[k, params[k]]] : [])));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <BrowseTable decks={decks.map((d) => ({ id: d.id, name: d.name }))} chapters={chapters} initial={initial} />
    </div>
  );
}
