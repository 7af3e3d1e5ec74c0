"use client";

import Link from "next/link";
import { useEffect } from "react";
import { primaryButton } from "@/components/ui";

/**
 * Any page that throws lands here instead of a blank screen. The server logs the cause; the
 * learner gets a retry and a way home, never a stack trace (in production `error.message` is
 * replaced by Next with a generic text and a digest that matches the server log).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The page could not be shown. Your saved work is safe; try again in a moment.
        {error.digest && <span className="mt-1 block font-mono text-xs">Reference: {error.digest}</span>}
      </p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className={primaryButton}>Try again</button>
        <Link href="/" className="px-4 py-2 text-brand-600 underline">Go home</Link>
      </div>
    </div>
  );
}
