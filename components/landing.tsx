import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { primaryButton, secondaryButton } from "./ui";

const features = ["fsrs", "keyboard", "notes"] as const;

export async function Landing() {
  const t = await getTranslations("landing");
  return (
    <div className="py-10">
      <section className="max-w-2xl">
        <p className="font-mono text-sm text-brand-600 dark:text-brand-100">{t("tagline")}</p>
        <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 text-lg text-slate-600 dark:text-slate-300">
          {t("intro")}
        </p>
        <div className="mt-8 flex gap-3">
          <Link href="/signup" className={primaryButton}>{t("start")}</Link>
          <Link href="/signin" className={secondaryButton}>{t("signIn")}</Link>
        </div>
      </section>
      <section aria-label={t("features")} className="mt-14 grid gap-4 sm:grid-cols-3">
        {features.map((f) => (
          <div key={f} className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 className="font-semibold">{t(`${f}Title`)}</h2>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t(`${f}Body`)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
