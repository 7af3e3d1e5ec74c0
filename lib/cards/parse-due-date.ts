/**
 * Anki's "set due date" syntax: `0` today, `3` in three days, `1-7` a random day in that
 * range, and a trailing `!` also sets the card's interval to the chosen number of days.
 */
export type DueDateSpec = { from: number; to: number; setInterval: boolean };

const MAX_DAYS = 36_500;

/** Null when the text is not in that syntax (or a range runs backwards / past 100 years). */
export function parseDueDate(text: string): DueDateSpec | null {
  const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*(!?)\s*$/.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from || to > MAX_DAYS) return null;
  return { from, to, setInterval: match[3] === "!" };
}

/** The number of days for one card: uniform over the range (`random` in [0, 1)). */
export function pickDueDays(spec: DueDateSpec, random: () => number): number {
  return spec.from + Math.floor(random() * (spec.to - spec.from + 1));
}
