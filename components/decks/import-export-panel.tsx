"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useErrorMessage, useJobErrorMessage } from "@/components/i18n/use-error-message";
import { ProgressBar } from "@/components/progress-bar";
import { transferApi, type ImportJob } from "@/lib/client/api";
import type { DeckJson } from "@/lib/decks/deck-schemas";
import { wordImportSkip, wordSkipSubject, type ImportSkipTranslate } from "@/lib/i18n/word-import-skip";
import { inputClass, labelClass, panelClass, primaryButton, secondaryButton } from "@/components/ui";
import { useHydrated } from "../use-hydrated";

const POLL_MS = 500;
export type ChapterOption = { id: string; title: string };

/**
 * Import an Anki package, a CSV file or a Markdown deck (progress bar, then the report with
 * every skip and its reason), and export any deck or built-in chapter as .apkg, CSV or Markdown.
 */
export function ImportExportPanel({ decks, chapters, onImported }: { decks: DeckJson[]; chapters: ChapterOption[]; onImported: () => void }) {
  const t = useTranslations("transfer");
  const skipT = useTranslations("importSkips");
  const describeError = useErrorMessage();
  const describeJobError = useJobErrorMessage();
  const hydrated = useHydrated();
  const [file, setFile] = useState<File | null>(null);
  const [deck, setDeck] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exportId, setExportId] = useState(decks[0]?.id ?? chapters[0]?.id ?? "");
  const [history, setHistory] = useState(true);
  const needsDeck = file !== null && /\.(csv|md|markdown|txt)$/i.test(file.name);

  useEffect(() => {
    if (!jobId || (job && job.status !== "running")) return;
    const timer = setTimeout(() => {
      transferApi.importJob(jobId).then(
        (next) => {
          setJob(next);
          if (next.status === "done") onImported();
        },
        (e: unknown) => setError(describeError(e)),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [jobId, job, onImported, describeError]);

  async function start() {
    if (!file) return;
    setError(null);
    setJob(null);
    try {
      const { jobId: id } = await transferApi.startImport(file, needsDeck ? deck : null);
      setJobId(id);
      setJob({ status: "running", progress: 0, report: null, error: null, errorCode: null });
    } catch (e) {
      setError(describeError(e));
    }
  }

  const report = job?.report;
  return (
    <section className={`${panelClass} space-y-6`} aria-labelledby="transfer-heading">
      <h2 id="transfer-heading" className="text-xl font-semibold">{t("title")}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void start(); }}>
        <fieldset disabled={!hydrated} className="min-w-0 space-y-3">
        <div>
          <label className={labelClass} htmlFor="import-file">{t("fileLabel")}</label>
          <input id="import-file" type="file" accept=".apkg,.colpkg,.csv,.md,.markdown" className="mt-1 block text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        {needsDeck && (
          <div>
            <label className={labelClass} htmlFor="import-deck">{t("intoDeck")}</label>
            <input id="import-deck" list="import-deck-names" className={inputClass} value={deck} onChange={(e) => setDeck(e.target.value)} maxLength={100} />
            <datalist id="import-deck-names">{decks.map((d) => <option key={d.id} value={d.name} />)}</datalist>
          </div>
        )}
        <button type="submit" className={primaryButton} disabled={!file || job?.status === "running" || (needsDeck && !deck.trim())}>{t("import")}</button>
        </fieldset>
      </form>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
      {job?.status === "running" && (
        <div className="space-y-1">
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("importing")}</p>
          <ProgressBar value={job.progress} total={1} label={t("progress")} />
        </div>
      )}
      {job?.status === "failed" && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{t("failed")} {describeJobError(job)}</p>}
      {report && (
        <div data-testid="import-report" className="space-y-2 text-sm">
          <p role="status">{t("report", { ...report.cards, notes: report.notes, reviews: report.reviews, media: report.media })}</p>
          {report.skipped.length > 0 && (
            <details>
              <summary>{t("skips", { count: report.skipped.length })}</summary>
              <ul className="mt-2 list-disc pl-5" aria-label={t("skipped")}>
                {report.skipped.slice(0, 200).map((s, i) => {
                  // A report stored before skips had codes keeps its English, marked as such.
                  const translate = skipT as unknown as ImportSkipTranslate;
                  const { text, english } = wordImportSkip(s, translate);
                  return <li key={i}><code>{wordSkipSubject(s, translate)}</code>: <span lang={english ? "en" : undefined}>{text}</span></li>;
                })}
              </ul>
            </details>
          )}
        </div>
      )}
      <div className="space-y-3">
        <label className={labelClass} htmlFor="export-deck">{t("exportLabel")}</label>
        <select id="export-deck" className={inputClass} value={exportId} onChange={(e) => setExportId(e.target.value)}>
          {decks.length > 0 && <optgroup label={t("yourDecks")}>{decks.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}</optgroup>}
          <optgroup label={t("chapters")}>{chapters.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</optgroup>
        </select>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} /> {t("includeHistory")}</label>
        {exportId && (
          <div className="flex flex-wrap gap-2">
            <a className={secondaryButton} href={transferApi.exportUrl("apkg", exportId, history)} download>Anki (.apkg)</a>
            <a className={secondaryButton} href={transferApi.exportUrl("csv", exportId)} download>CSV</a>
            <a className={secondaryButton} href={transferApi.exportUrl("markdown", exportId)} download>Markdown</a>
          </div>
        )}
      </div>
    </section>
  );
}
