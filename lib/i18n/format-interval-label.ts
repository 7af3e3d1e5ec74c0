import type { Lang } from "../content/languages";

const UNITS: Record<Lang, { s: string; m: string; h: string; d: string; mo: string; y: string }> = {
  en: { s: "s", m: "m", h: "h", d: "d", mo: "mo", y: "y" },
  zh: { s: "秒", m: "分钟", h: "小时", d: "天", mo: "个月", y: "年" },
};

/**
 * A grade button's interval in the UI's language: "10m", "3d", "2.5mo" in English (Anki's
 * compact style, as lib/review/format-interval.ts gives API clients), "10分钟", "3天", "2.5个月"
 * in Chinese. Same rounding as the server's label, so both agree on the number.
 */
export function formatIntervalLabel(ms: number, locale: string): string {
  const u = UNITS[locale === "zh" ? "zh" : "en"];
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}${u.s}`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}${u.m}`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h}${u.h}`;
  const d = ms / 86400_000;
  if (d < 30) return `${Math.round(d)}${u.d}`;
  if (d < 365) return `${trim(d / 30)}${u.mo}`;
  return `${trim(d / 365)}${u.y}`;
}

const trim = (n: number) => (n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, ""));
