"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { ApiError } from "@/lib/client/api";

/**
 * The text for an error code: the catalog's `apiErrors.<code>`. In English the server's own
 * message stays (it is English already and names the field or limit); an unknown code keeps it
 * in every language.
 */
export function useCodeMessage(): (code: string, serverMessage: string) => string {
  const locale = useLocale();
  const t = useTranslations("apiErrors");
  return useCallback(
    (code: string, serverMessage: string) => {
      // `has` narrows to the catalog's keys: a code the catalog lacks falls back to the server's words.
      if (locale === "en" || !t.has(code as never)) return serverMessage;
      return t(code as never);
    },
    [locale, t],
  );
}

/** An error as the learner reads it: an ApiError by its code (see useCodeMessage), anything else by its message. */
export function useErrorMessage(): (error: unknown) => string {
  const byCode = useCodeMessage();
  return useCallback(
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      return error instanceof ApiError ? byCode(error.code, message) : message;
    },
    [byCode],
  );
}

/** A failed job's reason: by its code like an API error; a row without a code keeps the server's words. */
export function useJobErrorMessage(): (job: { error: string | null; errorCode: string | null }) => string {
  const byCode = useCodeMessage();
  return useCallback((job) => (job.errorCode ? byCode(job.errorCode, job.error ?? "") : (job.error ?? "")), [byCode]);
}
