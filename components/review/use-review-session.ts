"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useErrorMessage } from "@/components/i18n/use-error-message";
import { ApiError, api } from "@/lib/client/api";
import { gradeOnDevice } from "@/lib/client/offline/grade-offline";
import { buildLocalQueue } from "@/lib/client/offline/local-queue";
import { migrateLocalPending } from "@/lib/client/offline/migrate-local-pending";
import type { QueuedGrade, RejectedGrade } from "@/lib/client/offline/offline-db";
import { countGrades, dismissRejected, oldestGrades, listRejected, loadPack, packUserId, queueAction, queueGrade, removeCard, savePack, unqueueGrade } from "@/lib/client/offline/offline-store";
import { syncGrades } from "@/lib/client/offline/sync-grades";
import { mergeLoad, withoutCard } from "@/lib/client/review-queue";
import type { OfflinePack } from "@/lib/review/get-offline-pack";
import type { Queue, QueueCard, QueueCounts } from "@/lib/review/get-queue";
import type { Rating } from "@/lib/review/vocabulary";

export type { Rating } from "@/lib/review/vocabulary";
export type SessionStats = { reviewed: number; byRating: Record<Rating, number>; studyMs: number };
type Graded = { card: QueueCard; review: QueuedGrade };

// Cards kept ahead: a refill starts in the background while this many are still waiting, so
// the next card is always already on the client when a grade is made.
const FETCH_SIZE = 40;
const REFILL_BELOW = 15;
// The offline pack is refreshed in the background at most this often (and after every sync).
const PACK_MAX_AGE_MS = 10 * 60_000;

// /review?deck=<id> or ?chapter=<id> reviews just that deck or chapter.
const scopeQuery = () => {
  const params = new URLSearchParams(window.location.search);
  const scope = new URLSearchParams();
  for (const key of ["deck", "chapter"]) if (params.get(key)) scope.set(key, params.get(key)!);
  return scope.size ? `&${scope}` : "";
};
const fetchQueue = () => api.get<Queue>(`/api/review/queue?limit=${FETCH_SIZE}${scopeQuery()}`);
const isNetwork = (error: unknown) => error instanceof ApiError && error.status === 0;

/**
 * The review session's state machine, offline-first. Every grade is computed on the device
 * (the server's own ts-fsrs replay step, with the pack's scheduler snapshot), stored in
 * IndexedDB with its reviewId and review time, and synced in the background in review-time
 * batches. Online, the queue comes from the server; when the network is gone it is built
 * from the offline pack, so grading, undo, bury and suspend keep working.
 */
export function useReviewSession() {
  // The texts are read through refs: a language switch must not rebuild the callbacks below
  // (that would restart the session).
  const translate = useTranslations("review");
  const describeError = useErrorMessage();
  const english = useLocale() === "en";
  const t = useRef(translate);
  const errorText = useRef(describeError);
  const inEnglish = useRef(english);
  useEffect(() => {
    t.current = translate;
    errorText.current = describeError;
    inEnglish.current = english;
  }, [translate, describeError, english]);
  const [queue, setQueue] = useState<QueueCard[]>([]);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const [nextDueAt, setNextDueAt] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [offline, setOffline] = useState(false);
  const [rejected, setRejected] = useState<RejectedGrade[]>([]);
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, studyMs: 0 });
  const [shownAt, setShownAt] = useState(() => Date.now());
  const [undoDepth, setUndoDepth] = useState(0);

  const userId = useRef<string | null>(null);
  const history = useRef<Graded[]>([]);
  const flushing = useRef<Promise<void> | null>(null);
  // The IndexedDB writes of this tab's grades, chained in grading order.
  const stored = useRef<Promise<void>>(Promise.resolve());
  const refilling = useRef<Promise<void> | null>(null);
  const packFetchedAt = useRef(0);
  // Every grade of this tab, in order: a refill drops the cards graded after it was asked for.
  const gradedLog = useRef<string[]>([]);
  const queueLength = useRef(0);
  // The card on screen, as last committed: a load that lands keeps it first (see mergeLoad).
  const shownCard = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    queueLength.current = queue.length;
    shownCard.current = queue[0]?.cardId;
  }, [queue]);

  const recount = useCallback(async () => {
    await stored.current;
    if (userId.current) setPendingCount(await countGrades(userId.current));
    setRejected(await listRejected());
  }, []);

  /** Refreshes the offline pack while online; false when the network is gone. */
  const refreshPack = useCallback(async (force = false): Promise<boolean> => {
    if (!force && Date.now() - packFetchedAt.current < PACK_MAX_AGE_MS) return true;
    try {
      const pack = await api.get<OfflinePack>("/api/review/offline-pack");
      await savePack(pack);
      userId.current = pack.userId;
      packFetchedAt.current = Date.now();
      return true;
    } catch (e) {
      return !isNetwork(e);
    }
  }, []);

  // A flush asked for while one runs: the running one may have read the queue before the
  // newest grade was stored, so it runs once more when done.
  const flushAgain = useRef(false);
  const retryDelay = useRef(1000);
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const flush = useCallback((): Promise<void> => {
    if (flushing.current) {
      flushAgain.current = true;
      return flushing.current;
    }
    const run = async () => {
      do {
        flushAgain.current = false;
        if (!userId.current) return;
        const result = await syncGrades(userId.current);
        if (result.offline) setOffline(result.code === "NETWORK" || !navigator.onLine);
        else if (result.sent > 0) setOffline(false);
        if (result.rejected.length > 0) setNotice(t.current("refused", { count: result.rejected.length }));
        else if (result.offline) setNotice(inEnglish.current && result.message ? result.message : t.current("offlineNotice"));
        // A leech is worth telling: the card lapsed too often to keep drilling it as written.
        else if (result.leeches.length > 0) {
          const suspended = result.leeches.some((l) => l.suspended);
          setNotice(t.current("leech", { count: result.leeches.length, suspended: suspended ? "yes" : "no" }));
        }
        if (result.sent > 0 && !result.offline) void refreshPack(true);
        await recount();
        if (result.offline) {
          // Try again later, backing off; going online or the next grade tries at once.
          const delay = retryDelay.current;
          retryDelay.current = Math.min(delay * 2, 30_000);
          setTimeout(() => void flushRef.current(), delay);
          return;
        }
        retryDelay.current = 1000;
      } while (flushAgain.current);
    };
    flushing.current = run().finally(() => {
      flushing.current = null;
    });
    return flushing.current;
  }, [recount, refreshPack]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** The queue from the offline pack, for when the server cannot be reached; the card on screen stays. */
  const localQueue = useCallback(async (replace: boolean) => {
    const gradedBefore = gradedLog.current.length;
    // Every grade made so far is stored before the pack is read: none comes back as unseen.
    await stored.current;
    const pack = await loadPack();
    if (!pack) throw new Error(t.current("noPackOffline"));
    userId.current ??= pack.meta.userId;
    const local = buildLocalQueue(pack.meta, pack.cards, new Date());
    setCounts(local.counts);
    setNextDueAt(local.nextDueAt);
    // Graded while the pack was being read: its new state was not in what we read. Read when
    // the change applies, which may be after grades made later than this call.
    setQueue((current) => mergeLoad(current, local.cards, { keep: replace ? "none" : "shown", leaveOut: new Set(gradedLog.current.slice(gradedBefore)), onScreen: shownCard.current }));
  }, []);

  /**
   * Loads cards from the server, keeping the ones already on screen first; offline, from the
   * pack. Cards whose grade had not reached the server when the request left, or that were
   * graded while it was out, are not taken back from the server.
   */
  const refill = useCallback((options: { replace?: boolean; afterUndo?: boolean } = {}): Promise<void> => {
    const background = !options.replace && !options.afterUndo;
    if (background && refilling.current) return refilling.current;
    const run = async () => {
      const gradedBefore = gradedLog.current.length;
      try {
        // Sending runs beside the fetch; the cards it has not settled yet are left out below.
        void flush();
        // Cards with a grade the server has not applied yet would come back as still due.
        const unsettled = new Set(userId.current ? (await oldestGrades(userId.current, Infinity)).map((g) => g.cardId) : []);
        const data = await fetchQueue();
        setOffline(false);
        setCounts(data.counts);
        setNextDueAt(data.nextDueAt);
        setError(null);
        setQueue((current) =>
          mergeLoad(current, data.cards, {
            keep: options.replace ? "none" : "all",
            leaveOut: new Set([...unsettled, ...gradedLog.current.slice(gradedBefore)]),
            onScreen: shownCard.current,
          }),
        );
        void refreshPack();
      } catch (e) {
        if (!isNetwork(e)) setError(errorText.current(e));
        else {
          setOffline(true);
          try {
            await localQueue(options.replace === true);
          } catch (local) {
            setError((local as Error).message);
          }
        }
      } finally {
        // A background refill does not restart the clock of the card already on screen.
        if (options.replace || options.afterUndo || queueLength.current === 0) setShownAt(Date.now());
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
  }, [flush, localQueue, refreshPack]);

  useEffect(() => {
    const start = async () => {
      userId.current = await packUserId();
      await refreshPack(true);
      if (userId.current) {
        const moved = await migrateLocalPending(userId.current);
        if (moved > 0) setNotice(t.current("migrated", { count: moved }));
      }
      await recount();
      // Re-send anything a previous visit could not, then load: the queue then reflects it.
      await flush();
      await refill({ replace: true });
    };
    void start();
    const online = () => void refill();
    const gone = () => setOffline(true);
    window.addEventListener("online", online);
    window.addEventListener("offline", gone);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", gone);
    };
  }, [flush, recount, refill, refreshPack]);

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
      const reviewedAt = new Date();
      const review: QueuedGrade = {
        userId: userId.current ?? "",
        reviewId: crypto.randomUUID(),
        cardId: card.cardId,
        rating,
        reviewedAt: reviewedAt.toISOString(),
        // A device clock set back while a card was shown must not make a negative duration.
        durationMs: Math.max(0, Math.min(reviewedAt.getTime() - shownAt, 3600_000)),
        before: card.state,
      };
      gradedLog.current.push(card.cardId);
      history.current.push({ card, review });
      setUndoDepth(history.current.length);
      setQueue((q) => withoutCard(q, card.cardId));
      setShownAt(Date.now());
      setStats((s) => ({ reviewed: s.reviewed + 1, byRating: { ...s.byRating, [rating]: s.byRating[rating] + 1 }, studyMs: s.studyMs + review.durationMs }));
      setCounts((c) => c && decrement(c, card));
      setPendingCount((n) => n + 1);
      const write = stored.current.then(async () => {
        const pack = await loadPack();
        if (!review.userId) review.userId = pack?.meta.userId ?? "";
        const graded = pack ? gradeOnDevice(card.state, pack.meta, rating, reviewedAt) : null;
        if (graded?.chosenDue) review.chosenDue = graded.chosenDue;
        await queueGrade(review, graded?.state ?? null);
      });
      stored.current = write.catch(() => undefined);
      // Refill in parallel with sending the grade, long before the cards run out.
      void write.then(
        () => {
          void recount();
          return queue.length - 1 < REFILL_BELOW ? refill() : flush();
        },
        () => setNotice(t.current("storageFailed")),
      );
    },
    [flush, recount, refill, shownAt, queue],
  );

  const undo = useCallback(async () => {
    // This tab's own grades, newest last: undo names the review, so another tab's grade is never the one undone.
    const last = history.current.pop();
    setUndoDepth(history.current.length);
    if (!last) {
      setNotice(t.current("nothingToUndo"));
      return;
    }
    await stored.current;
    await flush();
    // Not synced yet: taken back on the device, the server never sees it.
    if (!(await unqueueGrade(last.review.reviewId))) {
      const code = await api.post("/api/reviews/undo", { reviewId: last.review.reviewId }).then(
        () => null,
        (error: unknown) => (error instanceof ApiError ? error.code : "UNKNOWN"),
      );
      if (code !== null) {
        if (code === "NOT_LATEST" || code === "NOT_FOUND") {
          setNotice(code === "NOT_LATEST" ? t.current("gradedAgain") : t.current("notSaved"));
          return;
        }
        history.current.push(last);
        setUndoDepth(history.current.length);
        setNotice(code === "NETWORK" ? t.current("undoOnline") : t.current("undoFailed"));
        return;
      }
    }
    await recount();
    const rating = last.review.rating;
    setStats((s) => ({ reviewed: Math.max(0, s.reviewed - 1), byRating: { ...s.byRating, [rating]: Math.max(0, s.byRating[rating] - 1) }, studyMs: Math.max(0, s.studyMs - last.review.durationMs) }));
    // Show the restored card again right away; the load below brings its fresh interval previews.
    setQueue((q) => [last.card, ...withoutCard(q, last.card.cardId)]);
    setNotice(t.current("undone"));
    await refill({ afterUndo: true });
  }, [flush, recount, refill]);

  const hide = useCallback(
    async (action: "bury" | "suspend") => {
      const card = queue[0];
      if (!card) return;
      const outcome = await api.post(action === "bury" ? "/api/cards/bury" : "/api/cards/suspend", { cardId: card.cardId }).then(
        () => "done" as const,
        (e: unknown) => (isNetwork(e) ? ("queued" as const) : ("failed" as const)),
      );
      if (outcome === "failed") {
        setNotice(action === "bury" ? t.current("buryFailed") : t.current("suspendFailed"));
        return;
      }
      if (outcome === "queued") await queueAction({ kind: action, cardId: card.cardId, at: new Date().toISOString() });
      await removeCard(card.cardId);
      setQueue((q) => withoutCard(q, card.cardId));
      setCounts((c) => c && decrement(c, card));
      setShownAt(Date.now());
      const done = action === "bury" ? t.current("buried") : t.current("suspended");
      setNotice(outcome === "queued" ? t.current("queuedSuffix", { done }) : done);
      if (queue.length - 1 < REFILL_BELOW) void refill();
    },
    [refill, queue],
  );

  const dismiss = useCallback(async () => {
    await dismissRejected();
    setRejected([]);
  }, []);

  return { current: queue[0] ?? null, queue, counts, nextDueAt, loading, error, notice, pendingCount, offline, rejected, dismissRejected: dismiss, stats, grade, undo, hide, canUndo: undoDepth > 0 };
}

function decrement(counts: QueueCounts, card: QueueCard): QueueCounts {
  const key: keyof QueueCounts = !card.state ? "new" : card.state.state === "Review" ? "review" : "learning";
  return { ...counts, [key]: Math.max(0, counts[key] - 1) };
}
