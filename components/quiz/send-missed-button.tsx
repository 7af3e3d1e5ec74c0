"use client";

import Link from "next/link";
import { useState } from "react";
import { primaryButton } from "../ui";
import { api } from "@/lib/client/api";

/** One click grades every missed card Again (idempotent on the server: retries are safe). */
export function SendMissedButton({ quizId, count, alreadySent }: { quizId: string; count: number; alreadySent: boolean }) {
  const [state, setState] = useState<"idle" | "sending" | "sent">(alreadySent ? "sent" : "idle");
  const [result, setResult] = useState<string | null>(alreadySent ? `Your ${count} missed ${count === 1 ? "card is" : "cards are"} in the review queue.` : null);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    setState("sending");
    setError(null);
    try {
      const { sent } = await api.post<{ sent: number; skipped: number }>(`/api/quizzes/${quizId}/send-missed`);
      setState("sent");
      setResult(`Sent ${sent} ${sent === 1 ? "card" : "cards"} to review: ${sent === 1 ? "it comes" : "they come"} back as learning cards.`);
    } catch (e) {
      setState("idle");
      setError((e as Error).message);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => void send()} disabled={state !== "idle"} className={primaryButton} data-testid="send-missed">
        {state === "sending" ? "Sending…" : state === "sent" ? "Sent to review" : `Send ${count} missed ${count === 1 ? "card" : "cards"} to review`}
      </button>
      <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400" data-testid="send-missed-result">
        {result}
        {state === "sent" && <> <Link href="/review" className="text-brand-600 underline dark:text-brand-100">Review now</Link></>}
      </p>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
