"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";
import { setLocaleCookie } from "@/lib/client/set-locale-cookie";

const OPTIONS = [
  { locale: "zh", label: "中文" },
  { locale: "en", label: "English" },
] as const;

/**
 * 中文 / English. Signed in, the choice is the user's setting (the content follows it too);
 * the cookie is written either way so the choice survives signing out.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const current = useLocale();
  const t = useTranslations("header");
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  const choose = async (locale: "en" | "zh") => {
    if (locale === current || busy) return;
    setBusy(true);
    try {
      setLocaleCookie(locale);
      if (signedIn) await api.patch("/api/settings", { locale });
      router.refresh();
    } catch {
      // The cookie is set: the refresh still shows the chosen language until the next sign-in.
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div role="group" aria-label={t("language")} className="flex items-center rounded-md border border-slate-200 text-xs dark:border-slate-700">
      {OPTIONS.map((option) => (
        <button
          key={option.locale}
          type="button"
          lang={option.locale === "zh" ? "zh-CN" : "en"}
          // aria-current, not aria-pressed: pages count pressed buttons (a quiz's picked options).
          aria-current={option.locale === current ? "true" : undefined}
          data-active={option.locale === current || undefined}
          disabled={busy}
          onClick={() => void choose(option.locale)}
          className="px-2 py-1 font-medium text-slate-600 first:rounded-l-md last:rounded-r-md hover:bg-slate-100 data-active:bg-slate-200 data-active:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:data-active:bg-slate-700 dark:data-active:text-white"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
