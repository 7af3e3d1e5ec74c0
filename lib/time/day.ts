// Calendar days in the user's time zone: daily limits, streaks and "today" follow the
// learner's midnight, not the server's.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parts(date: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetMs(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** "YYYY-MM-DD" of the instant in the zone. */
export function dayKey(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The instant the zone's calendar day containing `date` began. */
export function startOfDay(date: Date, timeZone: string): Date {
  const p = parts(date, timeZone);
  const midnightAsUtc = Date.UTC(p.year, p.month - 1, p.day);
  // Two passes: the offset at midnight may differ from now's across a DST change.
  let guess = midnightAsUtc - offsetMs(date, timeZone);
  guess = midnightAsUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instant the next calendar day begins in the zone. */
export function startOfNextDay(date: Date, timeZone: string): Date {
  const start = startOfDay(date, timeZone);
  // 26 hours always lands inside the next day, even across DST.
  return startOfDay(new Date(start.getTime() + 26 * 3600_000), timeZone);
}

/** Day keys one calendar day apart, for streak arithmetic. */
export function previousDayKey(key: string): string {
  const [y, m, d] = key.split("-").map(Number);
  const prev = new Date(Date.UTC(y, m - 1, d) - 86400_000);
  return prev.toISOString().slice(0, 10);
}

/** The instant a local calendar day ("YYYY-MM-DD") begins in the zone. */
export function startOfLocalDate(key: string, timeZone: string): Date {
  const noon = Date.parse(`${key}T12:00:00Z`);
  // Noon UTC is on that local date for zones up to ±12 h; the ±14 h zones need a step.
  for (const shift of [0, -12, 12]) {
    const start = startOfDay(new Date(noon + shift * 3_600_000), timeZone);
    if (dayKey(start, timeZone) === key) return start;
  }
  return startOfDay(new Date(noon), timeZone);
}
