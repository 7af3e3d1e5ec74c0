/** The bilingual key terms of a card, under its answer (setting "show key terms in both languages"). */
export function TermsLine({ terms }: { terms: { en: string; zh: string }[] }) {
  if (terms.length === 0) return null;
  return (
    <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="card-terms" lang="zh">
      {terms.map((t, i) => (
        <span key={t.en}>
          {i > 0 && <span className="mx-2 text-slate-400">·</span>}
          <span lang="en">{t.en}</span> — {t.zh}
        </span>
      ))}
    </p>
  );
}
