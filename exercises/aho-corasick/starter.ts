/** start: index in the text (UTF-16 code units). */
export type Match = { word: string; start: number };

/** Finds and masks every occurrence of a set of words in one pass over the text. */
export class WordFilter {
  /** Each word a non-empty string, else RangeError; duplicates ignored; [] allowed. */
  constructor(words: string[]) {
    void words;
  }

  /** Every occurrence, overlapping ones too, ordered by end index ascending, then by length descending. */
  find(text: string): Match[] {
    void text;
    throw new Error("not implemented");
  }

  /** Every character covered by a match replaced by mask: one UTF-16 code unit (default "*"), else RangeError. */
  mask(text: string, mask?: string): string {
    void text;
    void mask;
    throw new Error("not implemented");
  }
}
