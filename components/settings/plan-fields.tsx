"use client";

import { useLocale, useTranslations } from "next-intl";
import type { PublicSettings } from "@/lib/settings/get-settings";
import { inputClass, labelClass } from "../ui";

type Fields = { values: PublicSettings; set: <K extends keyof PublicSettings>(key: K, value: PublicSettings[K]) => void };

/** Short weekday names, Sunday first, in the UI's language (2023-01-01 was a Sunday). */
const weekdays = (locale: string) => Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2023, 0, 1 + i))));
const LOADS = [1, 0.75, 0.5, 0.25, 0];

/** Load balancing and easy days: how due dates are spread within the fuzz range. */
export function LoadFields({ values, set }: Fields) {
  const t = useTranslations("settings");
  const locale = useLocale();
  return (
    <fieldset className="space-y-3">
      <legend className={labelClass}>{t("dailyLoad")}</legend>
      <label className="flex items-center gap-3">
        <input id="loadBalance" type="checkbox" checked={values.loadBalance} onChange={(e) => set("loadBalance", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>{t("loadBalance")} <span className="font-normal text-slate-500">{t("loadBalanceHint")}</span></span>
      </label>
      <div>
        <p className="text-xs text-slate-500">{t("easyDaysHint")}</p>
        <div className="mt-2 grid grid-cols-7 gap-2">
          {weekdays(locale).map((day, i) => (
            <label key={day} className="text-center text-xs">
              <span className="block text-slate-600 dark:text-slate-400">{day}</span>
              <select
                aria-label={t("dayLoad", { day })}
                value={values.easyDays[i]}
                onChange={(e) => set("easyDays", values.easyDays.map((w, j) => (j === i ? Number(e.target.value) : w)))}
                className={`mt-1 px-1 ${inputClass}`}
              >
                {LOADS.map((load) => (
                  <option key={load} value={load}>{Math.round(load * 100)}%</option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </div>
    </fieldset>
  );
}

/** The interview date, the chapters and own decks it covers and the daily cap on cards pulled forward. */
export function InterviewFields({ values, set, chapters }: Fields & { chapters: { id: string; title: string }[] }) {
  const t = useTranslations("settings");
  const scope = new Set(values.interviewScope);
  const toggle = (id: string, on: boolean) => set("interviewScope", chapters.map((c) => c.id).filter((c) => (c === id ? on : scope.has(c))));
  return (
    <fieldset className="space-y-3">
      <legend className={labelClass}>{t("interview")}</legend>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor="interviewDate" className={labelClass}>{t("interviewDate")}</label>
          <div className="mt-1 flex gap-2">
            <input id="interviewDate" type="date" value={values.interviewDate ?? ""} onChange={(e) => set("interviewDate", e.target.value || null)} className={inputClass} />
            {values.interviewDate && (
              <button type="button" onClick={() => set("interviewDate", null)} className="text-sm text-slate-500 underline">{t("clear")}</button>
            )}
          </div>
          <p className="mt-1 text-xs text-slate-500">{t("interviewDateHint")}</p>
        </div>
        <div>
          <label htmlFor="interviewDailyCap" className={labelClass}>{t("interviewDailyCap")}</label>
          <input id="interviewDailyCap" type="number" min={1} max={1000} step={1} value={values.interviewDailyCap} onChange={(e) => set("interviewDailyCap", Number(e.target.value))} className={`mt-1 ${inputClass}`} />
        </div>
      </div>
      {chapters.length > 0 && (
        <div>
          <p className="text-xs text-slate-500">{t("interviewScope")}</p>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {chapters.map((c) => (
              <li key={c.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={scope.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} className="size-4 accent-brand-600" />
                  {c.title}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
