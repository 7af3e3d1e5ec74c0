"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorMessage } from "../i18n/use-error-message";
import { primaryButton } from "../ui";
import { api } from "@/lib/client/api";

/** One click grades every missed card Again (idempotent on the server: retries are safe). */
export function SendMissedButton({ quizId, count, alreadySent }: { quizId: string; count: number; alreadySent: boolean }) {
  const t = useTranslations("quiz");
  const describeError = useErrorMessage();
  const [state, setState] = useState<"idle" | "sending" | "sent">(alreadySent ? "sent" : "idle");
  const [result, setResult] = useState<string | null>(alreadySent ? t("alreadySent", { count }) : null);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    setState("sending");
    setError(null);
    try {
      const { sent } = await api.post<{ sent: number; skipped: number }>(`/api/quizzes/${quizId}/send-missed`);
      setState("sent");
      setResult(t("sentResult", { count: sent }));
    } catch (e) {
      setState("idle");
      setError(describeError(e));
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => void send()} disabled={state !== "idle"} className={primaryButton} data-testid="send-missed">
        {state === "sending" ? t("sending") : state === "sent" ? t("sentToReview") : t("sendMissed", { count })}
      </button>
      <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400" data-testid="send-missed-result">
        {result}
        {state === "sent" && <> <Link href="/review" className="text-brand-600 underline dark:text-brand-100">{t("reviewNow")}</Link></>}
      </p>
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
