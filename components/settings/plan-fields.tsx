"use client";

import type { PublicSettings } from "@/lib/settings/get-settings";
import { inputClass, labelClass } from "../ui";

type Fields = { values: PublicSettings; set: <K extends keyof PublicSettings>(key: K, value: PublicSettings[K]) => void };

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LOADS = [1, 0.75, 0.5, 0.25, 0];

/** Load balancing and easy days: how due dates are spread within the fuzz range. */
export function LoadFields({ values, set }: Fields) {
  return (
    <fieldset className="space-y-3">
      <legend className={labelClass}>Daily load</legend>
      <label className="flex items-center gap-3">
        <input id="loadBalance" type="checkbox" checked={values.loadBalance} onChange={(e) => set("loadBalance", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>Balance the load <span className="font-normal text-slate-500">(within the fuzz range, the day with the fewest cards due)</span></span>
      </label>
      <div>
        <p className="text-xs text-slate-500">Easy days: the share of a normal day&apos;s load a weekday takes (with fuzz on).</p>
        <div className="mt-2 grid grid-cols-7 gap-2">
          {WEEKDAYS.map((day, i) => (
            <label key={day} className="text-center text-xs">
              <span className="block text-slate-600 dark:text-slate-400">{day}</span>
              <select
                aria-label={`${day} load`}
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
  const scope = new Set(values.interviewScope);
  const toggle = (id: string, on: boolean) => set("interviewScope", chapters.map((c) => c.id).filter((c) => (c === id ? on : scope.has(c))));
  return (
    <fieldset className="space-y-3">
      <legend className={labelClass}>Interview</legend>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor="interviewDate" className={labelClass}>Interview date</label>
          <div className="mt-1 flex gap-2">
            <input id="interviewDate" type="date" value={values.interviewDate ?? ""} onChange={(e) => set("interviewDate", e.target.value || null)} className={inputClass} />
            {values.interviewDate && (
              <button type="button" onClick={() => set("interviewDate", null)} className="text-sm text-slate-500 underline">Clear</button>
            )}
          </div>
          <p className="mt-1 text-xs text-slate-500">Until then, cards that would be below your desired retention on the day come up earlier.</p>
        </div>
        <div>
          <label htmlFor="interviewDailyCap" className={labelClass}>Cards pulled forward per day (max)</label>
          <input id="interviewDailyCap" type="number" min={1} max={1000} step={1} value={values.interviewDailyCap} onChange={(e) => set("interviewDailyCap", Number(e.target.value))} className={`mt-1 ${inputClass}`} />
        </div>
      </div>
      {chapters.length > 0 && (
        <div>
          <p className="text-xs text-slate-500">Chapters and decks it covers (none ticked: every chapter)</p>
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
