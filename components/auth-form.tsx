"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, api } from "@/lib/client/api";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { inputClass, labelClass, panelClass, primaryButton, secondaryButton } from "./ui";

type Props = { mode: "signin" | "signup"; githubEnabled: boolean; callbackUrl: string; initialError?: string };

const MIN_PASSWORD = 8;


export function AuthForm({ mode, githubEnabled, callbackUrl, initialError }: Props) {
  const router = useRouter();
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
      setError(`Password must be at least ${MIN_PASSWORD} characters.`);
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
          setError(capitalise((created as Error).message || "Sign-up failed. Try again."));
          return;
        }
      }
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.error === "RateLimited") {
        setError("Too many attempts: wait a little, then try again.");
        return;
      }
      if (!result || result.error) {
        setError(mode === "signup" ? "Account created, but signing in failed. Try signing in." : "Wrong email or password.");
        return;
      }
      router.push(target);
      router.refresh();
    } catch {
      setError("Network error: check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  const title = mode === "signin" ? "Sign in" : "Create your account";
  return (
    <div className={`mx-auto mt-8 max-w-sm ${panelClass}`}>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
        {mode === "signup" && (
          <div>
            <label htmlFor="name" className={labelClass}>Name <span className="text-slate-400">(optional)</span></label>
            <input id="name" name="name" autoComplete="name" className={`mt-1 ${inputClass}`} />
          </div>
        )}
        <div>
          <label htmlFor="email" className={labelClass}>Email</label>
          <input id="email" name="email" type="email" required autoComplete="email" autoFocus className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="password" className={labelClass}>Password</label>
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
          {mode === "signup" && <p id="password-hint" className="mt-1 text-xs text-slate-500">At least {MIN_PASSWORD} characters.</p>}
        </div>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/50 dark:text-red-300">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className={`w-full ${primaryButton}`}>
          {busy ? "Please wait…" : mode === "signin" ? "Sign in" : "Sign up"}
        </button>
      </form>
      {githubEnabled && (
        <button type="button" onClick={() => signIn("github", { callbackUrl: target })} className={`mt-3 w-full ${secondaryButton}`}>
          Continue with GitHub
        </button>
      )}
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {mode === "signin" ? (
          <>New here? <Link className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100" href={`/signup?callbackUrl=${encodeURIComponent(target)}`}>Create an account</Link></>
        ) : (
          <>Have an account? <Link className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100" href={`/signin?callbackUrl=${encodeURIComponent(target)}`}>Sign in</Link></>
        )}
      </p>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? "" : ".");
