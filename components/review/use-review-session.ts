"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, api } from "@/lib/client/api";
import type { Queue, QueueCard, QueueCounts } from "@/lib/review/get-queue";
import type { Rating } from "@/lib/review/vocabulary";
import { loadPending, savePending, sendReview, type PendingReview } from "./pending-reviews";

export type { Rating } from "@/lib/review/vocabulary";
export type SessionStats = { reviewed: number; byRating: Record<Rating, number>; studyMs: number };
type Graded = { card: QueueCard; review: PendingReview };

// Cards kept ahead: a refill starts in the background while this many are still waiting, so
// the next card is always already on the client when a grade is made.
const FETCH_SIZE = 40;
const REFILL_BELOW = 15;

// /review?deck=<id> or ?chapter=<id> reviews just that deck or chapter.
const scopeQuery = () => {
  const params = new URLSearchParams(window.location.search);
  const scope = new URLSearchParams();
  for (const key of ["deck", "chapter"]) if (params.get(key)) scope.set(key, params.get(key)!);
  return scope.size ? `&${scope}` : "";
};
const fetchQueue = () => api.get<Queue>(`/api/review/queue?limit=${FETCH_SIZE}${scopeQuery()}`);

/** True when the POST succeeded; the caller shows its own notice otherwise. */
const postOk = (url: string, body?: unknown) => api.post(url, body ?? {}).then(() => true, () => false);

/**
 * The review session's state machine. Grading is optimistic: the next card shows at once
 * while the grade is sent in the background (sequentially, retried, persisted), so the
 * learner never waits on the server.
 */
export function useReviewSession() {
  const [queue, setQueue] = useState<QueueCard[]>([]);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [nextDueAt, setNextDueAt] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, studyMs: 0 });
  const [shownAt, setShownAt] = useState(() => Date.now());

  const pending = useRef<PendingReview[]>([]);
  const history = useRef<Graded[]>([]);
  const flushing = useRef<Promise<void> | null>(null);
  const refilling = useRef<Promise<void> | null>(null);
  // Every grade of this tab, in order: a refill drops the cards graded after it was asked for.
  const gradedLog = useRef<string[]>([]);
  const queueLength = useRef(0);
  useEffect(() => {
    queueLength.current = queue.length;
  }, [queue.length]);
  const [undoDepth, setUndoDepth] = useState(0);

  const persist = () => {
    savePending(pending.current);
    setPendingCount(pending.current.length);
  };

  const flush = useCallback((): Promise<void> => {
    if (flushing.current) return flushing.current;
    const run = async () => {
      let delay = 1000;
      while (pending.current.length > 0) {
        const head = pending.current[0];
        const { outcome, message, leech } = await sendReview(head);
        if (outcome === "retry") {
          setNotice(message ?? "Retrying…");
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(delay * 2, 30_000);
          continue;
        }
        pending.current.shift();
        persist();
        delay = 1000;
        // A leech is worth telling: the card lapsed too often to keep drilling it as written.
        const leechNotice = leech ? `Leech: that card has lapsed too often and was tagged "leech"${leech.suspended ? " and suspended" : ""}. Consider rewriting it.` : null;
        setNotice(outcome === "rejected" ? `A grade was not saved: ${message}` : leechNotice);
      }
    };
    flushing.current = run().finally(() => {
      flushing.current = null;
    });
    return flushing.current;
  }, []);

  /**
   * Loads cards from the server, keeping the ones already on screen first. Background
   * refills share one request. Cards whose grade had not reached the server when the
   * request left, or that were graded while it was out, are not taken back.
   */
  const refill = useCallback((options: { replace?: boolean; front?: string } = {}): Promise<void> => {
    const background = !options.replace && !options.front;
    if (background && refilling.current) return refilling.current;
    const run = async () => {
      const unsettled = new Set(pending.current.map((p) => p.cardId));
      const gradedBefore = gradedLog.current.length;
      try {
        const data = await fetchQueue();
        for (const cardId of gradedLog.current.slice(gradedBefore)) unsettled.add(cardId);
        setCounts(data.counts);
        setNextDueAt(data.nextDueAt);
        setError(null);
        setQueue((current) => {
          const keep = options.replace ? [] : current;
          const have = new Set(keep.map((c) => c.cardId));
          let merged = [...keep, ...data.cards.filter((c) => !have.has(c.cardId) && !unsettled.has(c.cardId))];
          if (options.front) {
            const i = merged.findIndex((c) => c.cardId === options.front);
            if (i > 0) merged = [merged[i], ...merged.slice(0, i), ...merged.slice(i + 1)];
          }
          return merged;
        });
        // A background refill does not restart the clock of the card already on screen.
        if (options.replace || options.front || queueLength.current === 0) setShownAt(Date.now());
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setLoading(false);
      }
    };
    const promise = run();
    if (background) {
      refilling.current = promise.finally(() => {
        refilling.current = null;
      });
      return refilling.current;
    }
    return promise;
  }, []);

  useEffect(() => {
    pending.current = loadPending();
    persist();
    // Re-send anything a previous visit could not, then load: the queue then reflects it.
    void flush().then(() => refill({ replace: true }));
  }, [flush, refill]);

  // When nothing is due but a learning card comes back soon, wake up for it.
  useEffect(() => {
    if (queue.length > 0 || !nextDueAt) return;
    const wait = new Date(nextDueAt).getTime() - Date.now();
    if (wait > 30 * 60_000) return;
    const timer = setTimeout(() => void refill(), Math.max(wait, 0) + 1000);
    return () => clearTimeout(timer);
  }, [queue.length, nextDueAt, refill]);

  const grade = useCallback(
    (rating: Rating) => {
      const card = queue[0];
      if (!card) return;
      const review: PendingReview = { reviewId: crypto.randomUUID(), cardId: card.cardId, rating, durationMs: Math.min(Date.now() - shownAt, 3600_000) };
      pending.current.push(review);
      persist();
      gradedLog.current.push(card.cardId);
      history.current.push({ card, review });
      setUndoDepth(history.current.length);
      setQueue((q) => q.slice(1));
      setShownAt(Date.now());
      setStats((s) => ({ reviewed: s.reviewed + 1, byRating: { ...s.byRating, [rating]: s.byRating[rating] + 1 }, studyMs: s.studyMs + review.durationMs }));
      setCounts((c) => c && decrement(c, card));
      void flush();
      // Refill in parallel with sending the grade, long before the cards run out.
      if (queue.length - 1 < REFILL_BELOW) void refill();
    },
    [flush, refill, shownAt, queue],
  );

  const undo = useCallback(async () => {
    // This tab's own grades, newest last: undo names the review, so another tab's grade is never the one undone.
    const last = history.current.pop();
    setUndoDepth(history.current.length);
    if (!last) {
      setNotice("Nothing to undo in this session.");
      return;
    }
    await flush();
    const code = await api.post("/api/reviews/undo", { reviewId: last.review.reviewId }).then(
      () => null,
      (error: unknown) => (error instanceof ApiError ? error.code : "UNKNOWN"),
    );
    if (code !== null) {
      if (code === "NOT_LATEST" || code === "NOT_FOUND") {
        // Graded again elsewhere since, or never saved: this grade can no longer be undone.
        setNotice(code === "NOT_LATEST" ? "That card was graded again since (another tab?): nothing undone." : "That grade was not saved: nothing to undo.");
        return;
      }
      history.current.push(last);
      setUndoDepth(history.current.length);
      setNotice("Undo failed. Try again.");
      return;
    }
    const rating = last.review.rating;
    setStats((s) => ({ reviewed: Math.max(0, s.reviewed - 1), byRating: { ...s.byRating, [rating]: Math.max(0, s.byRating[rating] - 1) }, studyMs: Math.max(0, s.studyMs - last.review.durationMs) }));
    // Show the restored card again right away, with fresh interval previews.
    setQueue((q) => [last.card, ...q.filter((c) => c.cardId !== last.card.cardId)]);
    setNotice("Undone.");
    await refill({ front: last.card.cardId });
  }, [flush, refill]);

  const hide = useCallback(
    async (action: "bury" | "suspend") => {
      const card = queue[0];
      if (!card) return;
      if (!(await postOk(action === "bury" ? "/api/cards/bury" : "/api/cards/suspend", { cardId: card.cardId }))) {
        setNotice(`Could not ${action} the card. Try again.`);
        return;
      }
      setQueue((q) => q.filter((c) => c.cardId !== card.cardId));
      setCounts((c) => c && decrement(c, card));
      setShownAt(Date.now());
      setNotice(action === "bury" ? "Buried until tomorrow." : "Suspended. Unsuspend it from its section page.");
      if (queue.length - 1 < REFILL_BELOW) void refill();
    },
    [refill, queue],
  );

  return { current: queue[0] ?? null, queue, counts, nextDueAt, loading, error, notice, pendingCount, stats, grade, undo, hide, canUndo: undoDepth > 0 };
}

function decrement(counts: QueueCounts, card: QueueCard): QueueCounts {
  const key: keyof QueueCounts = !card.state ? "new" : card.state.state === "Review" ? "review" : "learning";
  return { ...counts, [key]: Math.max(0, counts[key] - 1) };
}
