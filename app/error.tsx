"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { primaryButton } from "@/components/ui";

/**
 * Any page that throws lands here instead of a blank screen. The server logs the cause; the
 * learner gets a retry and a way home, never a stack trace (in production `error.message` is
 * replaced by Next with a generic text and a digest that matches the server log).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        {t("errorBody")}
        {error.digest && <span className="mt-1 block font-mono text-xs">{t("reference", { digest: error.digest })}</span>}
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className={primaryButton}>{t("tryAgain")}</button>
        <Link href="/" className="px-4 py-2 text-brand-600 underline">{t("goHome")}</Link>
      </div>
    </div>
  );
}
