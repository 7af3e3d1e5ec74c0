"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { api, ApiError } from "@/lib/client/api";
import type { CardInfo } from "@/lib/cards/get-card-info";
import { wordCardState, wordRating } from "@/lib/i18n/word-card-vocabulary";
import { secondaryButton } from "@/components/ui";
import { RecallChart } from "./recall-chart";

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** Card info (Browse, and `i` in review): every review, the current state, the recall curve. Escape closes. */
export function CardInfoPanel({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const t = useTranslations("cards");
  const vocabulary = useTranslations("vocabulary");
  const locale = useLocale();
  const [info, setInfo] = useState<CardInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.get<CardInfo>(`/api/cards/${cardId}/info`).then(
      (data) => live && setInfo(data),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    );
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      live = false;
      window.removeEventListener("keydown", onKey);
    };
  }, [cardId, onClose]);

  return (
    <div role="dialog" aria-modal="true" aria-label={t("cardInfo")} data-testid="card-info" className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-black/40 p-4">
      <div className="w-full max-w-3xl space-y-4 rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t("cardInfo")}</h2>
          <button type="button" autoFocus className={secondaryButton} onClick={onClose}>{t("close")} <kbd className="text-xs">Esc</kbd></button>
        </div>
        {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        {info && (
          <>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              <div><dt className="text-slate-500">{t("state")}</dt><dd data-testid="info-state">{info.current ? `${wordCardState(info.current.state, vocabulary)}${info.current.suspended ? t("suspendedSuffix") : ""}` : t("new")}</dd></div>
              <div><dt className="text-slate-500">{t("due")}</dt><dd>{info.current ? new Date(info.current.due).toLocaleString(locale) : "—"}</dd></div>
              <div><dt className="text-slate-500">{t("stability")}</dt><dd>{info.current ? t("days", { count: fmt(info.current.stability) }) : "—"}</dd></div>
              <div><dt className="text-slate-500">{t("difficulty")}</dt><dd>{info.current ? fmt(info.current.difficulty) : "—"}</dd></div>
              <div><dt className="text-slate-500">{t("recallNow")}</dt><dd>{info.current ? `${Math.round(info.current.recallNow * 100)}%` : "—"}</dd></div>
              <div><dt className="text-slate-500">{t("reviewsLapses")}</dt><dd>{info.current ? `${info.current.reps} / ${info.current.lapses}` : "0 / 0"}</dd></div>
              <div className="col-span-2"><dt className="text-slate-500">{t("tags")}</dt><dd>{info.tags.join(", ") || "—"}</dd></div>
            </dl>
            <RecallChart info={info} />
            <table className="w-full text-left text-sm" data-testid="info-reviews">
              <thead>
                <tr className="text-slate-500"><th>{t("date")}</th><th>{t("rating")}</th><th>{t("interval")}</th><th>{t("stability")}</th><th>{t("difficulty")}</th><th>{t("time")}</th></tr>
              </thead>
              <tbody>
                {info.reviews.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td>{new Date(r.at).toLocaleString(locale)}</td>
                    <td>{wordRating(r.rating, vocabulary)}</td>
                    <td>{t("days", { count: r.intervalDays })}</td>
                    <td>{fmt(r.stability)}</td>
                    <td>{fmt(r.difficulty)}</td>
                    <td>{r.durationMs === null ? "—" : t("seconds", { count: (r.durationMs / 1000).toFixed(1) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </div>
  );
}
