"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React owns the page.
 * Forms disable their controls until then: anything typed into server HTML before
 * hydration never reaches React's state, so it would be shown and then silently not saved.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
