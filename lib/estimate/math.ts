import { all, create, type MathJsInstance, type Unit } from "mathjs";

/** One mathjs instance for templates and answers (server and browser alike). */
export const math: MathJsInstance = create(all, { number: "number" });

export const isUnit = (value: unknown): value is Unit => math.isUnit(value);

const TIME_ALIASES: Record<string, string> = {
  sec: "s", secs: "s", second: "s", seconds: "s",
  min: "minute", mins: "minute", minutes: "minute",
  h: "hour", hr: "hour", hrs: "hour", hours: "hour",
  d: "day", days: "day",
  wk: "week", weeks: "week",
  mo: "month", mos: "month", months: "month",
  y: "year", yr: "year", yrs: "year", years: "year",
  "µs": "us", "μs": "us",
};

// KB, Kbit, Gbps, MiB, bytes: the spellings engineers type, in mathjs's words (kB, kb, Gb/s, MiB, B).
const DATA_TOKEN = /^([kKMGTPE]?)(i?)(B|b|bit|bits|bps|byte|bytes)$/;

function aliasToken(token: string): string {
  const time = TIME_ALIASES[token];
  if (time) return time;
  const data = DATA_TOKEN.exec(token);
  if (!data) return token;
  let prefix = data[1];
  const binary = data[2];
  const base = data[3];
  if (!binary && prefix === "K") prefix = "k"; // "KB" means kilobytes
  if (binary && prefix === "k") prefix = "K"; // "kiB" means kibibytes
  const unit = base === "B" || base.startsWith("byte") ? "B" : "b";
  return `${prefix}${binary}${unit}${base === "bps" ? "/s" : ""}`;
}

/**
 * Rewrites a unit as typed or authored (`TiB/yr`, `Gbps`, `KB per day`) into mathjs syntax
 * (`TiB/year`, `Gb/s`, `kB/day`).
 */
export function normalizeUnit(text: string): string {
  return text
    .trim()
    .replace(/\s+per\s+/gi, "/")
    .replace(/\s*\/\s*/g, "/")
    .replace(/[A-Za-zµμ]+/g, aliasToken);
}

/** The mathjs unit for a unit text, or null when mathjs cannot read it. */
export function readUnit(text: string): Unit | null {
  try {
    const unit = math.unit(`1 ${normalizeUnit(text)}`);
    return isUnit(unit) ? unit : null;
  } catch {
    return null;
  }
}
