const SUFFIXES: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "k"],
];

/** Three significant figures, without float noise or trailing zeros: 0.000123, 12.3, 120. */
export function formatPlain(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  // Whole numbers people can read in full (16 KiB = 16,384 B) are not rounded.
  if (Number.isInteger(n) && Math.abs(n) < 1e6) return n.toLocaleString("en-US");
  const rounded = Number(n.toPrecision(3));
  if (Math.abs(rounded) >= 1e15 || Math.abs(rounded) < 1e-4) return rounded.toExponential(2).replace(/\.?0+e/, "e");
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** A count the way interviewers say it: 200M, 1.2k, 3.5B, 42. */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e15) return formatPlain(n);
  for (const [size, suffix] of SUFFIXES) {
    if (abs >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  }
  return formatPlain(n);
}

export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(3))}%`;
}
