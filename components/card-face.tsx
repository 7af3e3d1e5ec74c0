import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RenderedCard } from "@/lib/content/render-card";

/** The answer side of any card type, shared by the review screen and the section page. */
export function CardAnswer({ content, chosen }: { content: RenderedCard; chosen?: Set<number> }) {
  const t = useTranslations("review");
  return (
    <div className="space-y-4">
      {content.options ? (
        <ul className="space-y-2">
          {content.options.map((option, i) => {
            const picked = chosen?.has(i) ?? false;
            const tone = option.correct
              ? "border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40"
              : picked
                ? "border-red-500 bg-red-50 dark:bg-red-950/40"
                : "border-slate-200 dark:border-slate-800";
            return (
              <li key={i} className={`rounded-lg border p-3 ${tone}`}>
                <div className="flex gap-2">
                  <span className="font-mono text-sm text-slate-500">{i + 1}.</span>
                  <div className="flex-1">
                    <div className="md" dangerouslySetInnerHTML={{ __html: option.html }} />
                    <p className="mt-1 text-sm font-medium">
                      {option.correct ? <span className="text-emerald-700 dark:text-emerald-300">{t("correct")}{picked ? t("yourPickSuffix") : ""}</span> : picked ? <span className="text-red-700 dark:text-red-300">{t("yourPickWrong")}</span> : null}
                    </p>
                    {option.why && <div className="md mt-1 text-sm text-slate-600 dark:text-slate-400" dangerouslySetInnerHTML={{ __html: option.why }} />}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <div className="md" dangerouslySetInnerHTML={{ __html: content.answer }} />
      )}
      <div className="rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800/60">
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("why")}</p>
        <div className="md" dangerouslySetInnerHTML={{ __html: content.explanation }} />
      </div>
      {content.exercises && content.exercises.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("practiseInCode")}{" "}
          {content.exercises.map((id, i) => (
            <span key={id}>
              {i > 0 && ", "}
              <Link href={`/exercises/${id}`} className="font-mono text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">{id}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
