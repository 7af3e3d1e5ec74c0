import { addDays } from "./day-keys";

export type Streaks = { current: number; longest: number };

/**
 * Current and longest runs of consecutive study days. `days` are distinct day keys in
 * ascending order. The current streak ends today, or yesterday while today has no review
 * yet (the streak stays alive until the user's midnight).
 */
export function computeStreaks(days: readonly string[], today: string): Streaks {
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of days) {
    if (day > today) break; // a day stamped in a zone ahead of the current one
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const current = previous === today || previous === addDays(today, -1) ? run : 0;
  return { current, longest };
}
