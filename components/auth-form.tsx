"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, api } from "@/lib/client/api";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { useErrorMessage } from "./i18n/use-error-message";
import { inputClass, labelClass, panelClass, primaryButton, secondaryButton } from "./ui";

type Props = { mode: "signin" | "signup"; githubEnabled: boolean; callbackUrl: string; initialError?: string };

const MIN_PASSWORD = 8;


export function AuthForm({ mode, githubEnabled, callbackUrl, initialError }: Props) {
  const router = useRouter();
  const t = useTranslations("auth");
  const describeError = useErrorMessage();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [busy, setBusy] = useState(false);
  // Only same-site paths: an open redirect through callbackUrl would be a phishing aid.
  const target = safeCallbackPath(callbackUrl);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setError(null);
    if (mode === "signup" && password.length < MIN_PASSWORD) {
      setError(t("passwordTooShort", { min: MIN_PASSWORD }));
      return;
    }
    setBusy(true);
    try {
      if (mode === "signup") {
        const created = await api
          .post("/api/auth/signup", {
            email,
            password,
            name: String(form.get("name") ?? "") || undefined,
            timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          })
          .then(() => null, (e: unknown) => e);
        if (created) {
          if (created instanceof ApiError && created.status === 0) throw created;
          setError(capitalise(describeError(created) || t("signUpFailed")));
          return;
        }
      }
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.error === "RateLimited") {
        setError(t("rateLimited"));
        return;
      }
      if (!result || result.error) {
        setError(mode === "signup" ? t("createdButSignInFailed") : t("wrongCredentials"));
        return;
      }
      router.push(target);
      router.refresh();
    } catch {
      setError(t("network"));
    } finally {
      setBusy(false);
    }
  }

  const title = mode === "signin" ? t("signInTitle") : t("signUpTitle");
  return (
    <div className={`mx-auto mt-8 max-w-sm ${panelClass}`}>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
        {mode === "signup" && (
          <div>
            <label htmlFor="name" className={labelClass}>{t("name")} <span className="text-slate-400">{t("optional")}</span></label>
            <input id="name" name="name" autoComplete="name" className={`mt-1 ${inputClass}`} />
          </div>
        )}
        <div>
          <label htmlFor="email" className={labelClass}>{t("email")}</label>
          <input id="email" name="email" type="email" required autoComplete="email" autoFocus className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="password" className={labelClass}>{t("password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            required
            minLength={mode === "signup" ? MIN_PASSWORD : undefined}
            autoComplete={mode === "signup" ? "new-password" : "current-password"}
            aria-describedby={mode === "signup" ? "password-hint" : undefined}
            className={`mt-1 ${inputClass}`}
          />
          {mode === "signup" && <p id="password-hint" className="mt-1 text-xs text-slate-500">{t("passwordHint", { min: MIN_PASSWORD })}</p>}
        </div>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className={`w-full ${primaryButton}`}>
          {busy ? t("wait") : mode === "signin" ? t("signIn") : t("signUp")}
        </button>
      </form>
      {githubEnabled && (
        <button type="button" onClick={() => signIn("github", { callbackUrl: target })} className={`mt-3 w-full ${secondaryButton}`}>
          {t("github")}
        </button>
      )}
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {mode === "signin" ? (
          <>{t("newHere")} <Link className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100" href={`/signup?callbackUrl=${encodeURIComponent(target)}`}>{t("createAccount")}</Link></>
        ) : (
          <>{t("haveAccount")} <Link className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100" href={`/signin?callbackUrl=${encodeURIComponent(target)}`}>{t("signIn")}</Link></>
        )}
      </p>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?。！？]$/.test(s) ? "" : ".");
