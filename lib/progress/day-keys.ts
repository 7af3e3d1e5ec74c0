// Arithmetic on "YYYY-MM-DD" day keys. A key names a calendar date, so plain UTC date math
// is exact here: the user's zone only matters when turning an instant into a key.

const DAY_MS = 86_400_000;

function keyToUtc(key: string): number {
  const [y, m, d] = key.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

export function addDays(key: string, days: number): string {
  return new Date(keyToUtc(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtc(to) - keyToUtc(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(key: string): number {
  return new Date(keyToUtc(key)).getUTCDay();
}
