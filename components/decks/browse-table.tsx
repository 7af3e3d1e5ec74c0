"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { useErrorMessage } from "@/components/i18n/use-error-message";
import { api } from "@/lib/client/api";
import type { BrowseCard } from "@/lib/cards/browse-cards";
import { inputClass, labelClass, secondaryButton } from "@/components/ui";
import { CardInfoPanel } from "./card-info-panel";

type Filters = Record<"q" | "deck" | "type" | "state" | "tag" | "leech" | "dueBefore" | "dueAfter" | "lapses" | "sort", string>;
type Deck = { id: string; name: string };
type Chapter = { id: string; title: string };
const EMPTY: Filters = { q: "", deck: "", type: "", state: "", tag: "", leech: "", dueBefore: "", dueAfter: "", lapses: "", sort: "due" };
const PAGE_SIZE = 50;
const STATES = { new: "stateNew", learning: "stateLearning", review: "stateReview", relearning: "stateRelearning", suspended: "stateSuspended", buried: "stateBuried" } as const;
const TYPES = { basic: "typeBasic", cloze: "typeCloze", mcq: "typeMcq", estimate: "typeEstimate", predict: "typePredict", exercise: "typeExercise" } as const;
const SORTS = { due: "sortDue", interval: "sortInterval", difficulty: "sortDifficulty", lapses: "sortLapses", created: "sortCreated" } as const;

/** Browse: every card the user can see, filtered and sorted on the server, with bulk actions and card info. */
export function BrowseTable({ decks, chapters, initial }: { decks: Deck[]; chapters: Chapter[]; initial: Partial<Filters> }) {
  const t = useTranslations("browse");
  const locale = useLocale();
  const describeError = useErrorMessage();
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
        (e: unknown) => live && setMessage(describeError(e)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, version, describeError]);

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => {
    setFilters({ ...filters, [key]: e.target.value });
    setPage(1);
    setSelected(new Set());
  };
  async function bulk(body: Record<string, unknown>) {
    setMessage(null);
    try {
      const result = await api.post<{ cards: number; skipped: number }>("/api/cards/bulk", { ...body, cardIds: [...selected] });
      setMessage(t("bulkDone", { action: String(body.action), count: result.cards, skipped: result.skipped }));
      setSelected(new Set());
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage(describeError(e));
    }
  }
  // "Copy to my deck": a built-in card becomes an editable own card.
  async function copy(cardId: string, deckId: string) {
    setMessage(null);
    try {
      const { card } = await api.post<{ card: { id: string } }>(`/api/cards/${cardId}/copy`, { deckId });
      setMessage(t("copied", { path: `/cards/${card.id}/edit` }));
      setVersion((v) => v + 1);
    } catch (e) {
      setMessage(describeError(e));
    }
  }
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const allOnPage = data?.cards.length ? data.cards.every((c) => selected.has(c.id)) : false;

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <div className="sm:col-span-2"><label className={labelClass} htmlFor="b-q">{t("search")}</label><input id="b-q" type="search" className={inputClass} value={filters.q} onChange={set("q")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-deck">{t("deckOrChapter")}</label>
          <select id="b-deck" className={inputClass} value={filters.deck} onChange={set("deck")}>
            <option value="">{t("all")}</option>
            <optgroup label={t("yourDecks")}>{decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}</optgroup>
            <optgroup label={t("chapters")}>{chapters.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</optgroup>
          </select>
        </div>
        <div>
          <label className={labelClass} htmlFor="b-state">{t("state")}</label>
          <select id="b-state" className={inputClass} value={filters.state} onChange={set("state")}>
            <option value="">{t("any")}</option>
            {(Object.keys(STATES) as (keyof typeof STATES)[]).map((s) => <option key={s} value={s}>{t(STATES[s])}</option>)}
          </select>
        </div>
        <div>
          <label className={labelClass} htmlFor="b-type">{t("type")}</label>
          <select id="b-type" className={inputClass} value={filters.type} onChange={set("type")}>
            <option value="">{t("any")}</option>
            {(Object.keys(TYPES) as (keyof typeof TYPES)[]).map((s) => <option key={s} value={s}>{t(TYPES[s])}</option>)}
          </select>
        </div>
        <div><label className={labelClass} htmlFor="b-tag">{t("tag")}</label><input id="b-tag" className={inputClass} value={filters.tag} onChange={set("tag")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-leech">{t("leech")}</label>
          <select id="b-leech" className={inputClass} value={filters.leech} onChange={set("leech")}>
            <option value="">{t("any")}</option><option value="true">{t("leechesOnly")}</option><option value="false">{t("noLeeches")}</option>
          </select>
        </div>
        <div><label className={labelClass} htmlFor="b-after">{t("dueAfter")}</label><input id="b-after" type="date" className={inputClass} value={filters.dueAfter} onChange={set("dueAfter")} /></div>
        <div><label className={labelClass} htmlFor="b-before">{t("dueBefore")}</label><input id="b-before" type="date" className={inputClass} value={filters.dueBefore} onChange={set("dueBefore")} /></div>
        <div><label className={labelClass} htmlFor="b-lapses">{t("lapses")}</label><input id="b-lapses" type="number" min={0} className={inputClass} value={filters.lapses} onChange={set("lapses")} /></div>
        <div>
          <label className={labelClass} htmlFor="b-sort">{t("sort")}</label>
          <select id="b-sort" className={inputClass} value={filters.sort} onChange={set("sort")}>
            {(Object.keys(SORTS) as (keyof typeof SORTS)[]).flatMap((s) => [<option key={s} value={s}>{t(SORTS[s])} ↑</option>, <option key={`-${s}`} value={`-${s}`}>{t(SORTS[s])} ↓</option>])}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("bulkActions")}>
        <span className="text-sm text-slate-600" data-testid="browse-total">{data ? t("total", { count: data.total }) : "…"}{selected.size ? t("selectedCount", { count: selected.size }) : ""}</span>
        {(["suspend", "unsuspend", "bury", "reset"] as const).map((action) => (
          <button key={action} type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => void bulk({ action })}>{t(action)}</button>
        ))}
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const due = window.prompt(t("setDuePrompt")); if (due) void bulk({ action: "setDue", due }); }}>{t("setDue")}</button>
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const tag = window.prompt(t("addTag")); if (tag) void bulk({ action: "addTag", tag }); }}>{t("addTag")}</button>
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => { const tag = window.prompt(t("removeTag")); if (tag) void bulk({ action: "removeTag", tag }); }}>{t("removeTag")}</button>
        {decks.length > 0 && (
          <select aria-label={t("moveToDeck")} className={`${inputClass} w-auto py-1 text-sm`} disabled={!selected.size} value="" onChange={(e) => e.target.value && void bulk({ action: "move", deckId: e.target.value })}>
            <option value="">{t("moveToDeckOption")}</option>
            {decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        )}
        <button type="button" className={`${secondaryButton} px-2 py-1 text-sm`} disabled={!selected.size} onClick={() => window.confirm(t("deleteConfirm", { count: selected.size })) && void bulk({ action: "delete" })}>{t("delete")}</button>
      </div>
      {message && <p role="status" className="text-sm">{message}</p>}

      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="browse-table">
          <thead>
            <tr className="text-slate-500">
              <th><input type="checkbox" aria-label={t("selectAll")} checked={allOnPage} onChange={() => setSelected(allOnPage ? new Set() : new Set(data?.cards.map((c) => c.id)))} /></th>
              <th>{t("card")}</th><th>{t("where")}</th><th>{t("state")}</th><th>{t("due")}</th><th>{t("interval")}</th><th>{t("difficulty")}</th><th>{t("lapses").replace(/\s*≥$/, "")}</th><th>{t("tags")}</th><th></th>
            </tr>
          </thead>
          <tbody>
            {data?.cards.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 align-top dark:border-slate-800" data-card-id={c.id}>
                <td><input type="checkbox" aria-label={t("select", { text: c.text.slice(0, 40) })} checked={selected.has(c.id)} onChange={() => { const next = new Set(selected); if (next.has(c.id)) next.delete(c.id); else next.add(c.id); setSelected(next); }} /></td>
                <td className="max-w-xs truncate" title={c.text}>{c.text}</td>
                <td>{c.where}</td>
                <td>{c.suspended ? t("suspended") : c.buried ? t("buried") : c.state.toLowerCase() in STATES ? t(STATES[c.state.toLowerCase() as keyof typeof STATES]) : c.state}</td>
                <td>{c.due ? new Date(c.due).toLocaleDateString(locale) : "—"}</td>
                <td>{c.intervalDays === null ? "—" : t("days", { count: c.intervalDays })}</td>
                <td>{c.difficulty === null ? "—" : c.difficulty.toFixed(1)}</td>
                <td>{c.lapses}</td>
                <td>{c.tags.join(" ")}</td>
                <td className="whitespace-nowrap">
                  <button type="button" className="underline" onClick={() => setInfoFor(c.id)}>{t("info")}</button>
                  {!c.readOnly && <> · <Link className="underline" href={`/cards/${c.id}/edit`}>{t("edit")}</Link></>}
                  {c.readOnly && c.type !== "exercise" && c.type !== "predict" && c.type !== "estimate" && decks.length > 0 && (
                    <select aria-label={t("copyToDeck")} className="ml-2 rounded border border-slate-300 text-xs dark:border-slate-700 dark:bg-slate-900" value="" onChange={(e) => e.target.value && void copy(c.id, e.target.value)}>
                      <option value="">{t("copyTo")}</option>
                      {decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex items-center gap-3" aria-label={t("pages")}>
        <button type="button" className={secondaryButton} disabled={page <= 1} onClick={() => setPage(page - 1)}>{t("previous")}</button>
        <span className="text-sm">{t("page", { page, pages })}</span>
        <button type="button" className={secondaryButton} disabled={page >= pages} onClick={() => setPage(page + 1)}>{t("next")}</button>
      </nav>
      {infoFor && <CardInfoPanel cardId={infoFor} onClose={closeInfo} />}
    </div>
  );
}
