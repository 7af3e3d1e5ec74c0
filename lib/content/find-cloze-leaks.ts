import { CLOZE_PATTERN } from "./schema";

/** Case, white space, backticks and bold/italic stars don't hide an answer. */
const normalise = (s: string) => s.toLowerCase().replace(/[`*]/g, "").replace(/\s+/g, " ").trim();

// Han characters are not word characters here: Chinese has no spaces between words, so an answer
// written in Han leaks wherever it appears, and a Latin answer next to a Han character is whole.
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c) && !/\p{Script=Han}/u.test(c);

/**
 * True when `needle` occurs in `haystack` as a whole token run: "1" does not leak through "L1",
 * "64" does leak through "2^64", and "hash" through "a hash table".
 */
function occursIn(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const leftOk = !isWordChar(needle[0]) || !isWordChar(before);
    const rightOk = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (leftOk && rightOk) return true;
  }
  return false;
}

/**
 * The answers of a cloze card that are visible elsewhere in the card: in the text around the
 * blanks, in a hint, or in the explanation. Every blank is hidden at once, so an answer that is
 * part of another blank's answer is not a leak.
 */
export function findClozeLeaks(card: { text: string; explanation: string }): string[] {
  const pattern = new RegExp(CLOZE_PATTERN.source, "g");
  const answers: string[] = [];
  const hints: string[] = [];
  for (const match of card.text.matchAll(pattern)) {
    answers.push(match[1]);
    if (match[2]) hints.push(match[2]);
  }
  const visible = normalise([card.text.replace(pattern, " … "), ...hints, card.explanation].join("\n"));
  const leaks = answers.filter((answer) => {
    const needle = normalise(answer);
    return needle.length > 0 && occursIn(visible, needle);
  });
  return [...new Set(leaks)];
}
