"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorMessage } from "@/components/i18n/use-error-message";
import { api } from "@/lib/client/api";
import type { DeckJson } from "@/lib/decks/deck-schemas";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui";

/**
 * A deck's own daily limits (lower than the user's, never higher: those still apply across all
 * decks). An empty field means "no limit of its own".
 */
export function DeckLimits({ deck, onSaved }: { deck: DeckJson; onSaved: (deck: DeckJson) => void }) {
  const t = useTranslations("decks");
  const format = useFormatter();
  const describeError = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [newPerDay, setNewPerDay] = useState(deck.newPerDay?.toString() ?? "");
  const [reviewsPerDay, setReviewsPerDay] = useState(deck.reviewsPerDay?.toString() ?? "");
  const [error, setError] = useState<string | null>(null);
  const value = (text: string) => (text.trim() === "" ? null : Number(text));

  if (!open) {
    const limit = (n: number | null) => (n === null ? "–" : format.number(n));
    const summary = deck.newPerDay === null && deck.reviewsPerDay === null ? t("limits") : t("limitsSummary", { newPerDay: limit(deck.newPerDay), reviewsPerDay: limit(deck.reviewsPerDay) });
    return <button type="button" className={secondaryButton} onClick={() => setOpen(true)}>{summary}</button>;
  }
  return (
    <form
      className="flex w-full flex-wrap items-end gap-2"
      aria-label={t("limitsOf", { name: deck.name })}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const { deck: saved } = await api.patch<{ deck: DeckJson }>(`/api/decks/${deck.id}`, { newPerDay: value(newPerDay), reviewsPerDay: value(reviewsPerDay) });
          onSaved(saved);
          setOpen(false);
        } catch (err) {
          setError(describeError(err));
        }
      }}
    >
      <label className="text-sm">
        {t("newPerDay")}
        <input type="number" min={0} max={9999} placeholder={t("yourLimit")} className={`mt-1 block w-32 ${inputClass}`} value={newPerDay} onChange={(e) => setNewPerDay(e.target.value)} />
      </label>
      <label className="text-sm">
        {t("reviewsPerDay")}
        <input type="number" min={0} max={9999} placeholder={t("yourLimit")} className={`mt-1 block w-32 ${inputClass}`} value={reviewsPerDay} onChange={(e) => setReviewsPerDay(e.target.value)} />
      </label>
      <button type="submit" className={primaryButton}>{t("saveLimits")}</button>
      <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>{t("cancel")}</button>
      {error && <p role="alert" className="w-full text-sm text-red-700 dark:text-red-300">{error}</p>}
      <p className="w-full text-xs text-slate-500">{t("limitsHint")}</p>
    </form>
  );
}
