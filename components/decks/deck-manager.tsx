"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { api, ApiError } from "@/lib/client/api";
import type { DeckJson } from "@/lib/decks/deck-schemas";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui";
import { DeckLimits } from "./deck-limits";
import { ImportExportPanel, type ChapterOption } from "./import-export-panel";

/** Create, rename and delete own decks; each links to its review, browse and "add card". */
export function DeckManager({ initial, chapters }: { initial: DeckJson[]; chapters: ChapterOption[] }) {
  const [decks, setDecks] = useState(initial);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
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
      if (!window.confirm(`Delete "${deck.name}"? Its ${deck.cardCount} cards are retired; their review history stays.`)) return;
      await api.delete(`/api/decks/${deck.id}`);
      setDecks((d) => d.filter((x) => x.id !== deck.id));
    });

  return (
    <div className="space-y-4">
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="sr-only" htmlFor="deck-name">New deck name</label>
        <input id="deck-name" className={inputClass} placeholder="New deck name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        <button type="submit" className={primaryButton} disabled={!name.trim()}>Create deck</button>
      </form>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
      {decks.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No decks yet: create one, then add cards to it.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Your decks">
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
                  <input aria-label="Deck name" autoFocus className={inputClass} value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} onKeyDown={(e) => e.key === "Escape" && setRenaming(null)} />
                  <button type="submit" className={primaryButton}>Save</button>
                </form>
              ) : (
                <span className="flex-1 font-medium">
                  {deck.name} <span className="text-sm text-slate-500">({deck.cardCount} cards)</span>
                </span>
              )}
              <Link className={secondaryButton} href={`/review?deck=${deck.id}`}>Review</Link>
              <Link className={secondaryButton} href={`/cards/new?deck=${deck.id}`}>Add card</Link>
              <Link className={secondaryButton} href={`/browse?deck=${deck.id}`}>Browse</Link>
              <DeckLimits deck={deck} onSaved={(saved) => setDecks((d) => d.map((x) => (x.id === saved.id ? saved : x)))} />
              <button type="button" className={secondaryButton} onClick={() => setRenaming({ id: deck.id, name: deck.name })}>Rename</button>
              <button type="button" className={secondaryButton} onClick={() => void remove(deck)}>Delete</button>
            </li>
          ))}
        </ul>
      )}
      <ImportExportPanel decks={decks} chapters={chapters} onImported={reload} />
    </div>
  );
}
