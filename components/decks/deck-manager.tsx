"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useErrorMessage } from "@/components/i18n/use-error-message";
import { api } from "@/lib/client/api";
import type { DeckJson } from "@/lib/decks/deck-schemas";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui";
import { DeckLimits } from "./deck-limits";
import { ImportExportPanel, type ChapterOption } from "./import-export-panel";
import { useHydrated } from "../use-hydrated";

/** Create, rename and delete own decks; each links to its review, browse and "add card". */
export function DeckManager({ initial, chapters }: { initial: DeckJson[]; chapters: ChapterOption[] }) {
  const t = useTranslations("decks");
  const describeError = useErrorMessage();
  const hydrated = useHydrated();
  const [decks, setDecks] = useState(initial);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e));
    }
  };
  // An import may add decks and cards: list them again.
  const reload = useCallback(() => {
    void api.get<{ decks: DeckJson[] }>("/api/decks").then(({ decks }) => setDecks(decks), () => undefined);
  }, []);
  const create = () =>
    run(async () => {
      const { deck } = await api.post<{ deck: DeckJson }>("/api/decks", { name });
      setDecks((d) => [...d, deck].sort((a, b) => a.name.localeCompare(b.name)));
      setName("");
    });
  const rename = () =>
    run(async () => {
      if (!renaming) return;
      const { deck } = await api.patch<{ deck: DeckJson }>(`/api/decks/${renaming.id}`, { name: renaming.name });
      setDecks((d) => d.map((x) => (x.id === deck.id ? deck : x)));
      setRenaming(null);
    });
  const remove = (deck: DeckJson) =>
    run(async () => {
      if (!window.confirm(t("deleteConfirm", { name: deck.name, count: deck.cardCount }))) return;
      await api.delete(`/api/decks/${deck.id}`);
      setDecks((d) => d.filter((x) => x.id !== deck.id));
    });

  return (
    <div className="space-y-4">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset disabled={!hydrated} className="flex min-w-0 gap-2">
        <label className="sr-only" htmlFor="deck-name">{t("newDeckName")}</label>
        <input id="deck-name" className={inputClass} placeholder={t("newDeckName")} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        <button type="submit" className={primaryButton} disabled={!name.trim()}>{t("createDeck")}</button>
        </fieldset>
      </form>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
      {decks.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("noDecks")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label={t("listLabel")}>
          {decks.map((deck) => (
            <li key={deck.id} className="flex flex-wrap items-center gap-3 p-3" data-deck-id={deck.id}>
              {renaming?.id === deck.id ? (
                <form
                  className="flex flex-1 gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void rename();
                  }}
                >
                  <input aria-label={t("deckName")} autoFocus className={inputClass} value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} onKeyDown={(e) => e.key === "Escape" && setRenaming(null)} />
                  <button type="submit" className={primaryButton}>{t("save")}</button>
                </form>
              ) : (
                <span className="flex-1 font-medium">
                  {deck.name} <span className="text-sm text-slate-500">{t("cardCount", { count: deck.cardCount })}</span>
                </span>
              )}
              <Link className={secondaryButton} href={`/review?deck=${deck.id}`}>{t("review")}</Link>
              <Link className={secondaryButton} href={`/cards/new?deck=${deck.id}`}>{t("addCard")}</Link>
              <Link className={secondaryButton} href={`/browse?deck=${deck.id}`}>{t("browse")}</Link>
              <DeckLimits deck={deck} onSaved={(saved) => setDecks((d) => d.map((x) => (x.id === saved.id ? saved : x)))} />
              <button type="button" className={secondaryButton} onClick={() => setRenaming({ id: deck.id, name: deck.name })}>{t("rename")}</button>
              <button type="button" className={secondaryButton} onClick={() => void remove(deck)}>{t("delete")}</button>
            </li>
          ))}
        </ul>
      )}
      <ImportExportPanel decks={decks} chapters={chapters} onImported={reload} />
    </div>
  );
}
