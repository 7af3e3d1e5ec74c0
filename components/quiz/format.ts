/** "4:05" for a countdown or a time taken. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

type DurationTranslate = (key: "durationMinSec" | "durationSec", values: { minutes?: number; seconds: number }) => string;

const englishDuration: DurationTranslate = (key, { minutes, seconds }) => (key === "durationMinSec" ? `${minutes} min ${seconds} s` : `${seconds} s`);

/** "3 min 20 s" / "3 分 20 秒", for screen readers and summaries; `t` is the quiz catalog's translator. */
export function formatDuration(ms: number, t: DurationTranslate = englishDuration): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? t("durationMinSec", { minutes, seconds }) : t("durationSec", { seconds });
}

export const modeLabel = (mode: string) => (mode === "mock" ? "Mock interview" : "Practice");
