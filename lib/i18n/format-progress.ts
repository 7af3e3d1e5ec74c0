// Number and date formatting shared by the progress charts and their text alternatives, in the
// UI's language. Day keys ("2026-03-09") are calendar dates: formatted in UTC so no zone shifts them.

type Translate = (key: "seconds" | "minutes" | "hours" | "hoursMinutes", values: Record<string, number>) => string;

export const percent = (value: number | null, digits = 0) => (value === null ? "–" : `${(value * 100).toFixed(digits)}%`);

export function studyTime(ms: number, t: Translate): string {
  if (ms > 0 && ms < 60_000) return t("seconds", { count: Math.round(ms / 1000) });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t("minutes", { count: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? t("hoursMinutes", { hours: h, minutes: m }) : t("hours", { count: h });
}

const dayDate = (key: string) => {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const format = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", { ...options, timeZone: "UTC" });

/** "2026-03-09" → "Mar 9, 2026" / "2026年3月9日". */
export const longDay = (key: string, locale: string) => format(locale, { month: "short", day: "numeric", year: "numeric" }).format(dayDate(key));

/** "2026-03-09" → "Mar 9" / "3月9日". */
export const shortDay = (key: string, locale: string) => format(locale, { month: "short", day: "numeric" }).format(dayDate(key));

/** "2026-03-09" → "Mar" / "3月". */
export const monthName = (key: string, locale: string) => format(locale, { month: "short" }).format(dayDate(key));

/** Short weekday name, 0 = Sunday ("Mon" / "周一"); 2023-01-01 was a Sunday. */
export const weekdayName = (index: number, locale: string) => format(locale, { weekday: "short" }).format(new Date(Date.UTC(2023, 0, 1 + index)));

/** An integer with the locale's grouping. */
export const count = (n: number, locale: string) => n.toLocaleString(locale === "zh" ? "zh-CN" : "en-US");
