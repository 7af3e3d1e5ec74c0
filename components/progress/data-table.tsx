import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A chart's text alternative: its data as a real table, behind a disclosure. */
export function DataTable({ caption, headers, rows, testId }: { caption: string; headers: string[]; rows: ReactNode[][]; testId?: string }) {
  const t = useTranslations("progress");
  return (
    <details className="mt-3 text-sm" data-testid={testId}>
      <summary className="cursor-pointer select-none text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">{t("showTable")}</summary>
      <div className="mt-2 max-h-72 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-100 dark:bg-slate-800">
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className="px-3 py-1.5 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={headers.length} className="px-3 py-1.5 text-slate-500">{t("noData")}</td>
              </tr>
            ) : (
              rows.map((row, i) => (
                <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row" className="px-3 py-1 font-normal">{cell}</th> : <td key={j} className="px-3 py-1">{cell}</td>))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function ChartPanel({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {description && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
