"use client";

import { useCallback, useRef, useSyncExternalStore, type PointerEvent } from "react";

const KEY = "go-base:touch-gestures";
const listeners = new Set<() => void>();

/** Tap-to-reveal and swipe-to-grade, on unless the learner turned them off on this device. */
export function useGestureSetting(): [boolean, (on: boolean) => void] {
  const enabled = useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => localStorage.getItem(KEY) !== "off",
    () => true,
  );
  const set = useCallback((on: boolean) => {
    localStorage.setItem(KEY, on ? "on" : "off");
    for (const notify of listeners) notify();
  }, []);
  return [enabled, set];
}

// A swipe must travel this far, mostly sideways; a tap barely moves.
const SWIPE_PX = 70;
const TAP_PX = 10;

const interactive = (target: EventTarget | null) => target instanceof Element && target.closest("button, a, input, textarea, select, label, [contenteditable]") !== null;

/**
 * Pointer handlers for the card: a tap (not on a control) calls onTap, a horizontal swipe
 * calls onSwipe with its direction. Mouse clicks count as taps too; swipes are for touch.
 */
export function useTouchGestures(enabled: boolean, onTap: () => void, onSwipe: (direction: "left" | "right") => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  const onPointerDown = useCallback(
    (event: PointerEvent) => {
      start.current = enabled && !interactive(event.target) ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
    },
    [enabled],
  );
  const onPointerUp = useCallback(
    (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (event.pointerType !== "mouse" && Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? "left" : "right");
      else if (Math.abs(dx) < TAP_PX && Math.abs(dy) < TAP_PX && window.getSelection()?.isCollapsed !== false) onTap();
    },
    [onTap, onSwipe],
  );
  return { onPointerDown, onPointerUp };
}
