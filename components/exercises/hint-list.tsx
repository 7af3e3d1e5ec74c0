"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { secondaryButton } from "../ui";

/** Hints are revealed one at a time: the first is a nudge, the last nearly the design. */
export function HintList({ hints }: { hints: string[] }) {
  const t = useTranslations("exercises");
  const [shown, setShown] = useState(0);
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="font-semibold">{t("hints")}</h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm" aria-live="polite">
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i}>{hint}</li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={() => setShown((n) => n + 1)} className={`${secondaryButton} mt-3 px-3 py-1 text-sm`}>
          {t("showHint", { n: shown + 1, total: hints.length })}
        </button>
      ) : (
        <p className="mt-2 text-xs text-slate-500">{t("lastHint")}</p>
      )}
    </div>
  );
}
