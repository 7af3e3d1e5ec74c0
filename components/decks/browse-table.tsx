"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { api, ApiError } from "@/lib/client/api";
import type { BrowseCard } from "@/lib/cards/browse-cards";
import { inputClass, labelClass, secondaryButton } from "@/components/ui";
import { CardInfoPanel } from "./card-info-panel";

type Filters = Record<"q" | "deck" | "type" | "state" | "tag" | "leech" | "dueBefore" | "dueAfter" | "lapses" | "sort", string>;
type Deck = { id: string; name: string };
type Chapter = { id: string; title: string };
const EMPTY: Filters = { q: "", deck: "", type: "", state: "", tag: "", leech: "", dueBefore: "", dueAfter: "", lapses: "", sort: "due" };
const PAGE_SIZE = 50;

/** Browse: every card the user can see, filtered and sorted on the server, with bulk actions and card info. */
export function BrowseTable({ decks, chapters, initial }: { decks: Deck[]; chapters: Chapter[]; initial: Partial<Filters> }) {
  const [filters, setFilters] = useState<Filters>({ ...EMPTY, ...initial });
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ cards: BrowseCard[]; total: number } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [infoFor, setInfoFor] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const closeInfo = useCallback(() => setInfoFor(null), []);

  const query = new URLSearchParams(Object.entries({ ...filters, page: String(page), pageSize: String(PAGE_SIZE) }).filter(([, v]) => v !== "")).toString();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.get<{ cards: BrowseCard[]; total: number }>(`/api/browse?${query}`).then(
        (d) => live && setData(d),
        (e: unknown) => live && setMessage(e instanceof ApiError ? e.message : String(e)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, version]);

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => {
    setFilters({ ...filters, [key]: e.target.value });
    setPage(1);
    setSelected(new Set());
  };
  async function bulk(body: Record<string, unknown>) {
    setMessage(null);
    try {
      const result = await api.post<{ cards: number; skipped: number }>("/api/cards/bulk", { ...body, cardIds: [...selected] });
      setMessage(`${String(body.action)}: ${result.cards} card(s)${result.skipped ? `, ${result.skipped} skipped (new cards have no due date)` : ""}.`);
      setSelected(new Set());
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  // "Copy to my deck": a built-in card becomes an editable own card.
  async function copy(cardId: string, deckId: string) {
    setMessage(null);
    try {
      const { card } = await api.post<{ card: { id: string } }>(`/api/cards/${cardId}/copy`, { deckId });
      setMessage(`Copied: edit it at /cards/${card.id}/edit.`);
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : String(e));
    }
  }
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const allOnPage = data?.cards.length ? data.cards.every((c) => selected.has(c.id)) : false;

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <div className="sm:col-span-2"><label className={labelClass} htmlFor="b-q">Search</label><input id="b-q" type="search" className={inputClass} value={filters.q} onChange={set("q")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-deck">Deck or chapter</label>
          <select id="b-deck" className={inputClass} value={filters.deck} onChange={set("deck")}>
            <option value="">All</option>
            <optgroup label="Your decks">{decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}</optgroup>
            <optgroup label="Chapters">{chapters.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</optgroup>
          </select>
        </div>
        <div>
          <label className={labelClass} htmlFor="b-state">State</label>
          <select id="b-state" className={inputClass} value={filters.state} onChange={set("state")}>
            <option value="">Any</option>
            {["new", "learning", "review", "relearning", "suspended", "buried"].map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div>
          <label className={labelClass} htmlFor="b-type">Type</label>
          <select id="b-type" className={inputClass} value={filters.type} onChange={set("type")}>
            <option value="">Any</option>
            {["basic", "cloze", "mcq", "estimate", "predict", "exercise"].map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div><label className={labelClass} htmlFor="b-tag">Tag</label><input id="b-tag" className={inputClass} value={filters.tag} onChange={set("tag")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-leech">Leech</label>
          <select id="b-leech" className={inputClass} value={filters.leech} onChange={set("leech")}>
            <option value="">Any</option><option value="true">Leeches only</option><option value="false">No leeches</option>
          </select>
        </div>
        <div><label className={labelClass} htmlFor="b-after">Due after</label><input id="b-after" type="date" className={inputClass} value={filters.dueAfter} onChange={set("dueAfter")} /></div>
        <div><label className={labelClass} htmlFor="b-before">Due before</label><input id="b-before" type="date" className={inputClass} value={filters.dueBefore} onChange={set("dueBefore")} /></div>
        <div><label className={labelClass} htmlFor="b-lapses">Lapses ≥</label><input id="b-lapses" type="number" min={0} className={inputClass} value={filters.lapses} onChange={set("lapses")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-sort">Sort</label>
          <select id="b-sort" className={inputClass} value={filters.sort} onChange={set("sort")}>
            {["due", "interval", "difficulty", "lapses", "created"].flatMap((s) => [<option key={s} value={s}>{s} ↑</option>, <option key={`-${s}`} value={`-${s}`}>{s} ↓</option>])}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Bulk actions">
        <span className="text-sm text-slate-600" data-testid="browse-total">{data ? `${data.total} cards` : "…"}{selected.size ? `, ${selected.size} selected` : ""}</span>
        {(["suspend", "unsuspend", "bury", "reset"] as const).map((action) => (
          <button key={action} type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => void bulk({ action })}>{action === "reset" ? "Reset to new" : action[0].toUpperCase() + action.slice(1)}</button>
        ))}
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const due = window.prompt('Set due date: 0 = today, 3 = in 3 days, 1-7 = a random day in that range, add ! to set the interval too'); if (due) void bulk({ action: "setDue", due }); }}>Set due date</button>
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const tag = window.prompt("Add tag"); if (tag) void bulk({ action: "addTag", tag }); }}>Add tag</button>
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const tag = window.prompt("Remove tag"); if (tag) void bulk({ action: "removeTag", tag }); }}>Remove tag</button>
        {decks.length > 0 && (
          <select aria-label="Move to deck" className={`${inputClass} w-auto py-1 text-sm`} disabled={!selected.size} value="" onChange={(e) => e.target.value && void bulk({ action: "move", deckId: e.target.value })}>
            <option value="">Move to deck…</option>
            {decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        )}
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => window.confirm(`Delete ${selected.size} card(s)? Their history stays.`) && void bulk({ action: "delete" })}>Delete</button>
      </div>
      {message && <p role="status" className="text-sm">{message}</p>}

      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="browse-table">
          <thead>
            <tr className="text-slate-500">
              <th><input type="checkbox" aria-label="Select all on this page" checked={allOnPage} onChange={() => setSelected(allOnPage ? new Set() : new Set(data?.cards.map((c) => c.id)))} /></th>
              <th>Card</th><th>Deck / section</th><th>State</th><th>Due</th><th>Interval</th><th>Difficulty</th><th>Lapses</th><th>Tags</th><th></th>
            </tr>
          </thead>
          <tbody>
            {data?.cards.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 align-top dark:border-slate-800" data-card-id={c.id}>
                <td><input type="checkbox" aria-label={`Select ${c.text.slice(0, 40)}`} checked={selected.has(c.id)} onChange={() => { const next = new Set(selected); if (next.has(c.id)) next.delete(c.id); else next.add(c.id); setSelected(next); }} /></td>
                <td className="max-w-xs truncate" title={c.text}>{c.text}</td>
                <td>{c.where}</td>
                <td>{c.suspended ? "Suspended" : c.buried ? "Buried" : c.state}</td>
                <td>{c.due ? new Date(c.due).toLocaleDateString() : "—"}</td>
                <td>{c.intervalDays === null ? "—" : `${c.intervalDays} d`}</td>
                <td>{c.difficulty === null ? "—" : c.difficulty.toFixed(1)}</td>
                <td>{c.lapses}</td>
                <td>{c.tags.join(" ")}</td>
                <td className="whitespace-nowrap">
                  <button type="button" className="underline" onClick={() => setInfoFor(c.id)}>Info</button>
                  {!c.readOnly && <> · <Link className="underline" href={`/cards/${c.id}/edit`}>Edit</Link></>}
                  {c.readOnly && c.type !== "exercise" && c.type !== "predict" && c.type !== "estimate" && decks.length > 0 && (
                    <select aria-label="Copy to my deck" className="ml-2 rounded border border-slate-300 text-xs dark:border-slate-700 dark:bg-slate-900" value="" onChange={(e) => e.target.value && void copy(c.id, e.target.value)}>
                      <option value="">Copy to…</option>
                      {decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex items-center gap-3" aria-label="Pages">
        <button type="button" className={secondaryButton} disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</button>
        <span className="text-sm">Page {page} of {pages}</span>
        <button type="button" className={secondaryButton} disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</button>
      </nav>
      {infoFor && <CardInfoPanel cardId={infoFor} onClose={closeInfo} />}
    </div>
  );
}
