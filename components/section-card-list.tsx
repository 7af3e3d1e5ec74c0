"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { SectionCard } from "@/lib/content/get-section";
import { wordCardState, wordLevel } from "@/lib/i18n/word-card-vocabulary";
import { CardAnswer } from "./card-face";

export function SectionCardList({ cards }: { cards: SectionCard[] }) {
  const t = useTranslations("chapters");
  const vocabulary = useTranslations("vocabulary");
  const [suspended, setSuspended] = useState(() => new Map(cards.map((c) => [c.id, c.status.suspended])));
  const [error, setError] = useState<string | null>(null);

  async function toggle(cardId: string) {
    const next = !suspended.get(cardId);
    setError(null);
    const ok = await api.post("/api/cards/suspend", { cardId, suspended: next }).then(() => true, () => false);
    if (!ok) {
      setError(t("changeFailed"));
      return;
    }
    setSuspended((m) => new Map(m).set(cardId, next));
  }

  return (
    <>
      {error && <p role="alert" className="mt-3 text-sm text-red-600">{error}</p>}
      <ol className="mt-4 space-y-3">
        {cards.map((card) => (
          <li key={card.id} className="rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <details className="group p-4">
              <summary className="flex cursor-pointer list-none items-start gap-3">
                <span className="mt-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.7rem] uppercase text-slate-600 dark:bg-slate-800 dark:text-slate-300">{card.type}</span>
                <div className="md flex-1" dangerouslySetInnerHTML={{ __html: card.content.prompt }} />
                <span className="shrink-0 text-xs text-slate-500">{suspended.get(card.id) ? t("suspended") : wordCardState(card.status.state, vocabulary)}</span>
              </summary>
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
                <CardAnswer content={card.content} />
                <div className="mt-3 flex items-center justify-between text-xs text-slate-500">
                  <span>{t("interviewFrequency", { frequency: wordLevel(card.frequency, vocabulary), difficulty: wordLevel(card.difficulty, vocabulary) })}</span>
                  <button type="button" onClick={() => toggle(card.id)} className="rounded px-2 py-1 font-medium text-brand-600 hover:bg-slate-100 dark:text-brand-100 dark:hover:bg-slate-800">
                    {suspended.get(card.id) ? t("unsuspend") : t("suspend")}
                  </button>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
