import { useTranslations } from "next-intl";
import type { TypeDiagnostic } from "@/lib/exercises/typecheck/typecheck";

/** Type errors from the lazily loaded TypeScript checker: shown, never blocking Run or Submit. */
export function TypeErrors({ diagnostics }: { diagnostics: TypeDiagnostic[] | null }) {
  const t = useTranslations("exercises");
  if (diagnostics === null) return null;
  if (diagnostics.length === 0) {
    return <p className="text-xs text-emerald-700 dark:text-emerald-400" data-testid="type-errors" data-count="0">{t("noTypeErrors")}</p>;
  }
  return (
    <details className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/30" data-testid="type-errors" data-count={diagnostics.length} open={diagnostics.length <= 3}>
      <summary className="cursor-pointer font-medium">
        {t("typeErrors", { count: diagnostics.length })} <span className="font-normal text-slate-600 dark:text-slate-400">{t("typeErrorsHint")}</span>
      </summary>
      <ul className="mt-2 space-y-1 font-mono text-xs">
        {diagnostics.slice(0, 20).map((d, i) => (
          <li key={i}>
            <span className="text-slate-500">{d.line}:{d.column}</span> {d.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
