// expect: perf
// bug: no automaton: every word is searched separately with indexOf, O(text x words)

export type Match = { word: string; start: number }; // start: index in text (UTF-16)

export class WordFilter {
  private readonly words: string[];

  constructor(words: string[]) {
    for (const w of words) {
      if (typeof w !== "string" || w.length === 0) throw new RangeError("words must be non-empty strings");
    }
    this.words = [...new Set(words)];
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    for (const word of this.words) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push({ word, start: i });
    }
    // by end index ascending, then by length descending
    return out.sort((a, b) => a.start + a.word.length - (b.start + b.word.length) || b.word.length - a.word.length);
  }

  mask(text: string, mask: string = "*"): string {
    if (typeof mask !== "string" || mask.length !== 1) throw new RangeError("mask must be one UTF-16 code unit");
    const covered = new Array<boolean>(text.length).fill(false);
    for (const m of this.find(text)) for (let i = m.start; i < m.start + m.word.length; i++) covered[i] = true;
    let s = "";
    for (let i = 0; i < text.length; i++) s += covered[i] ? mask : text[i];
    return s;
  }
}
