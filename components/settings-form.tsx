"use client";

import { useState, type FormEvent } from "react";
import { ApiError, api } from "@/lib/client/api";
import type { PublicSettings } from "@/lib/settings/get-settings";
import type { LeechSettings } from "@/lib/settings/leech-settings";
import { InterviewFields, LoadFields } from "./settings/plan-fields";
import { RetentionSimulator } from "./settings/retention-simulator";
import { inputClass, labelClass, panelClass, primaryButton, secondaryButton } from "./ui";

/** Everything the form edits: the scheduler settings and the leech rule. */
export type FormSettings = PublicSettings & LeechSettings;

export function SettingsForm({ initial, chapters }: { initial: FormSettings; chapters: { id: string; title: string }[] }) {
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(initial);
  const set = <K extends keyof FormSettings>(key: K, value: FormSettings[K]) => setValues((v) => ({ ...v, [key]: value }));
  // The plan fields edit only scheduler settings.
  const setPublic = <K extends keyof PublicSettings>(key: K, value: PublicSettings[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    try {
      // Weights change only through the optimizer (adopt/revert), never through this form.
      const { fsrsWeights: _weights, interviewDate, ...editable } = values;
      // The date is sent only when changed: a date that has passed may stay stored (inert), but not be set again.
      const body = await api.patch<{ settings: FormSettings }>("/api/settings", interviewDate === saved.interviewDate ? editable : { ...editable, interviewDate });
      setValues(body.settings);
      setSaved(body.settings);
      setStatus({ kind: "ok", text: "Saved." });
    } catch (e) {
      setStatus({ kind: "error", text: e instanceof ApiError && e.status === 0 ? "Network error: nothing was saved." : (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const number = (key: "newPerDay" | "reviewsPerDay" | "maximumInterval", label: string, hint: string, max: number) => (
    <div>
      <label htmlFor={key} className={labelClass}>{label}</label>
      <input id={key} type="number" min={0} max={max} step={1} value={values[key]} onChange={(e) => set(key, Number(e.target.value))} aria-describedby={`${key}-hint`} className={`mt-1 ${inputClass}`} />
      <p id={`${key}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>
    </div>
  );

  return (
    <form onSubmit={onSubmit} className={`${panelClass} mt-6 space-y-6`}>
      <div>
        <label htmlFor="desiredRetention" className={labelClass}>Desired retention: <span className="tabular-nums">{Math.round(values.desiredRetention * 100)}%</span></label>
        <input id="desiredRetention" type="range" min={0.7} max={0.99} step={0.01} value={values.desiredRetention} onChange={(e) => set("desiredRetention", Number(e.target.value))} aria-describedby="retention-hint" className="mt-2 w-full accent-brand-600" />
        <p id="retention-hint" className="mt-1 text-xs text-slate-500">The chance you still remember a card when it comes due. Higher means more reviews. 90% suits most people.</p>
        <RetentionSimulator retention={values.desiredRetention} />
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        {number("newPerDay", "New cards per day", "How many unseen cards to introduce each day.", 9999)}
        {number("reviewsPerDay", "Reviews per day", "The most review cards shown in a day.", 99999)}
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor="learningSteps" className={labelClass}>Learning steps</label>
          <input id="learningSteps" value={values.learningSteps} onChange={(e) => set("learningSteps", e.target.value)} aria-describedby="steps-hint" className={`mt-1 font-mono ${inputClass}`} />
          <p id="steps-hint" className="mt-1 text-xs text-slate-500">Short intervals for new cards, e.g. <code>1m 10m</code> (m, h or d).</p>
        </div>
        <div>
          <label htmlFor="relearningSteps" className={labelClass}>Relearning steps</label>
          <input id="relearningSteps" value={values.relearningSteps} onChange={(e) => set("relearningSteps", e.target.value)} className={`mt-1 font-mono ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">Steps after you forget a review card.</p>
        </div>
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        {number("maximumInterval", "Maximum interval (days)", "No card is scheduled further out than this.", 36500)}
        <div>
          <label htmlFor="timezone" className={labelClass}>Time zone</label>
          <input id="timezone" value={values.timezone} onChange={(e) => set("timezone", e.target.value)} className={`mt-1 ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">Your day starts at midnight here (daily limits, streaks).</p>
        </div>
      </div>
      <label className="flex items-center gap-3">
        <input type="checkbox" checked={values.enableFuzz} onChange={(e) => set("enableFuzz", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>Fuzz intervals <span className="font-normal text-slate-500">(spreads cards learned together over nearby days)</span></span>
      </label>
      <fieldset className="grid gap-6 sm:grid-cols-2">
        <legend className={labelClass}>Leeches</legend>
        <div>
          <label htmlFor="leechThreshold" className={labelClass}>Lapses before a card is a leech</label>
          <input id="leechThreshold" type="number" min={1} max={99} step={1} value={values.leechThreshold} onChange={(e) => set("leechThreshold", Number(e.target.value))} className={`mt-1 ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">A card you keep forgetting gets the <code>leech</code> tag (a filter in Browse).</p>
        </div>
        <div>
          <label htmlFor="leechAction" className={labelClass}>Then</label>
          <select id="leechAction" value={values.leechAction} onChange={(e) => set("leechAction", e.target.value === "tag" ? "tag" : "suspend")} className={`mt-1 ${inputClass}`}>
            <option value="suspend">Tag and suspend it</option>
            <option value="tag">Only tag it</option>
          </select>
          <p className="mt-1 text-xs text-slate-500">A suspended leech waits in Browse until you rewrite or unsuspend it.</p>
        </div>
      </fieldset>
      <LoadFields values={values} set={setPublic} />
      <InterviewFields values={values} set={setPublic} chapters={chapters} />
      <div>
        <label htmlFor="locale" className={labelClass}>Content language</label>
        <select id="locale" value={values.locale} onChange={(e) => set("locale", e.target.value === "zh" ? "zh" : "en")} className={`mt-1 ${inputClass}`}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
        <p className="mt-1 text-xs text-slate-500">Cards, notes, quizzes and exercises (English where no translation exists yet). Your schedule stays the same; <kbd>T</kbd> in review shows the other language.</p>
      </div>
      <label className="flex items-center gap-3">
        <input type="checkbox" checked={values.showBilingualTerms} onChange={(e) => set("showBilingualTerms", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>Show key terms in both languages <span className="font-normal text-slate-500">(a glossary line under each answer)</span></span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={primaryButton}>{busy ? "Saving…" : "Save settings"}</button>
        <a href="/api/export" className={secondaryButton} download>Export my data (JSON)</a>
        {status && <p role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "text-sm text-red-600" : "text-sm text-emerald-600"}>{status.text}</p>}
      </div>
    </form>
  );
}
