"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

/** "in 8 minutes" / "tomorrow at 00:00", rendered in the viewer's locale and zone. */
export function RelativeTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  const date = new Date(iso);
  const absolute = date.toLocaleString(locale, { weekday: "short", hour: "2-digit", minute: "2-digit", month: "short", day: "numeric" });
  if (now === null) return <time dateTime={iso}>{absolute}</time>;
  return (
    <time dateTime={iso} title={absolute}>
      {describe(date.getTime() - now, locale)} ({absolute})
    </time>
  );
}

function describe(ms: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(Math.max(minutes, 0), "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(hours, "hour");
  return rtf.format(Math.round(hours / 24), "day");
}
