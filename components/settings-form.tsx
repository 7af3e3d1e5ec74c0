"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setLocaleCookie } from "@/lib/client/set-locale-cookie";
import { useErrorMessage } from "./i18n/use-error-message";
import { ApiError, api } from "@/lib/client/api";
import type { PublicSettings } from "@/lib/settings/get-settings";
import type { LeechSettings } from "@/lib/settings/leech-settings";
import { InterviewFields, LoadFields } from "./settings/plan-fields";
import { RetentionSimulator } from "./settings/retention-simulator";
import { inputClass, labelClass, panelClass, primaryButton, secondaryButton } from "./ui";
import { useHydrated } from "./use-hydrated";

/** Everything the form edits: the scheduler settings and the leech rule. */
export type FormSettings = PublicSettings & LeechSettings;

export function SettingsForm({ initial, chapters }: { initial: FormSettings; chapters: { id: string; title: string }[] }) {
  const t = useTranslations("settings");
  const describeError = useErrorMessage();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(initial);
  const hydrated = useHydrated();
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
      setStatus({ kind: "ok", text: t("saved") });
      // The language setting is the UI's language too: show the page in it.
      if (body.settings.locale !== saved.locale) {
        setLocaleCookie(body.settings.locale);
        router.refresh();
      }
    } catch (e) {
      setStatus({ kind: "error", text: e instanceof ApiError && e.status === 0 ? t("networkNotSaved") : describeError(e) });
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
    <form onSubmit={onSubmit} className={`${panelClass} mt-6`}>
      {/* Until hydration, input would be shown but never saved; disabled controls say "wait". */}
      <fieldset disabled={!hydrated} className="min-w-0 space-y-6">
      <div>
        <label htmlFor="desiredRetention" className={labelClass}>{t("desiredRetention")} <span className="tabular-nums">{Math.round(values.desiredRetention * 100)}%</span></label>
        <input id="desiredRetention" type="range" min={0.7} max={0.99} step={0.01} value={values.desiredRetention} onChange={(e) => set("desiredRetention", Number(e.target.value))} aria-describedby="retention-hint" className="mt-2 w-full accent-brand-600" />
        <p id="retention-hint" className="mt-1 text-xs text-slate-500">{t("retentionHint")}</p>
        <RetentionSimulator retention={values.desiredRetention} />
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        {number("newPerDay", t("newPerDay"), t("newPerDayHint"), 9999)}
        {number("reviewsPerDay", t("reviewsPerDay"), t("reviewsPerDayHint"), 99999)}
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor="learningSteps" className={labelClass}>{t("learningSteps")}</label>
          <input id="learningSteps" value={values.learningSteps} onChange={(e) => set("learningSteps", e.target.value)} aria-describedby="steps-hint" className={`mt-1 font-mono ${inputClass}`} />
          <p id="steps-hint" className="mt-1 text-xs text-slate-500">{t.rich("learningStepsHint", { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
        <div>
          <label htmlFor="relearningSteps" className={labelClass}>{t("relearningSteps")}</label>
          <input id="relearningSteps" value={values.relearningSteps} onChange={(e) => set("relearningSteps", e.target.value)} className={`mt-1 font-mono ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">{t("relearningStepsHint")}</p>
        </div>
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        {number("maximumInterval", t("maximumInterval"), t("maximumIntervalHint"), 36500)}
        <div>
          <label htmlFor="timezone" className={labelClass}>{t("timezone")}</label>
          <input id="timezone" value={values.timezone} onChange={(e) => set("timezone", e.target.value)} className={`mt-1 ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">{t("timezoneHint")}</p>
        </div>
      </div>
      <label className="flex items-center gap-3">
        <input type="checkbox" checked={values.enableFuzz} onChange={(e) => set("enableFuzz", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>{t("fuzz")} <span className="font-normal text-slate-500">{t("fuzzHint")}</span></span>
      </label>
      <fieldset className="grid gap-6 sm:grid-cols-2">
        <legend className={labelClass}>{t("leeches")}</legend>
        <div>
          <label htmlFor="leechThreshold" className={labelClass}>{t("leechThreshold")}</label>
          <input id="leechThreshold" type="number" min={1} max={99} step={1} value={values.leechThreshold} onChange={(e) => set("leechThreshold", Number(e.target.value))} className={`mt-1 ${inputClass}`} />
          <p className="mt-1 text-xs text-slate-500">{t.rich("leechThresholdHint", { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
        <div>
          <label htmlFor="leechAction" className={labelClass}>{t("leechAction")}</label>
          <select id="leechAction" value={values.leechAction} onChange={(e) => set("leechAction", e.target.value === "tag" ? "tag" : "suspend")} className={`mt-1 ${inputClass}`}>
            <option value="suspend">{t("leechSuspend")}</option>
            <option value="tag">{t("leechTag")}</option>
          </select>
          <p className="mt-1 text-xs text-slate-500">{t("leechActionHint")}</p>
        </div>
      </fieldset>
      <LoadFields values={values} set={setPublic} />
      <InterviewFields values={values} set={setPublic} chapters={chapters} />
      <div>
        <label htmlFor="locale" className={labelClass}>{t("language")}</label>
        <select id="locale" value={values.locale} onChange={(e) => set("locale", e.target.value === "zh" ? "zh" : "en")} className={`mt-1 ${inputClass}`}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
        <p className="mt-1 text-xs text-slate-500">{t.rich("languageHint", { key: (chunks) => <kbd>{chunks}</kbd> })}</p>
      </div>
      <label className="flex items-center gap-3">
        <input type="checkbox" checked={values.showBilingualTerms} onChange={(e) => set("showBilingualTerms", e.target.checked)} className="size-4 accent-brand-600" />
        <span className={labelClass}>{t("bilingualTerms")} <span className="font-normal text-slate-500">{t("bilingualTermsHint")}</span></span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={primaryButton}>{busy ? t("saving") : t("save")}</button>
        <a href="/api/export" className={secondaryButton} download>{t("export")}</a>
        {status && <p role={status.kind === "error" ? "alert" : "status"} className={status.kind === "error" ? "text-sm text-red-600" : "text-sm text-emerald-600"}>{status.text}</p>}
      </div>
      </fieldset>
    </form>
  );
}
