"use client";

import { useCallback, useState } from "react";
import { api } from "@/lib/client/api";
import type { RenderedCard } from "@/lib/content/render-card";

type OtherLanguage = { cardId: string; locale: "en" | "zh"; fallback: boolean; content: RenderedCard };

/**
 * The review's `t` key: fetches the current card in the language the user is not studying in
 * (once per card) and toggles between the two. A new card starts in the user's language.
 */
export function useOtherLanguage(cardId: string | null) {
  const [fetched, setFetched] = useState<OtherLanguage | null>(null);
  const [visibleFor, setVisibleFor] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const shown = cardId !== null && visibleFor === cardId && fetched?.cardId === cardId ? fetched : null;

  const toggle = useCallback(async () => {
    if (!cardId) return;
    if (visibleFor === cardId) {
      setVisibleFor(null);
      return;
    }
    setFailed(false);
    if (fetched?.cardId !== cardId) {
      try {
        setFetched(await api.get<OtherLanguage>(`/api/cards/${encodeURIComponent(cardId)}/other-language`));
      } catch {
        setFailed(true);
        return;
      }
    }
    setVisibleFor(cardId);
  }, [cardId, fetched, visibleFor]);

  return { shown, toggle, failed };
}
