/** "45s", "10m", "3h", "4d", "2.5mo", "1.2y": Anki-style compact intervals for grade buttons. */
export function formatInterval(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h}h`;
  const d = ms / 86400_000;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${trim(d / 30)}mo`;
  return `${trim(d / 365)}y`;
}

const trim = (n: number) => (n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, ""));
