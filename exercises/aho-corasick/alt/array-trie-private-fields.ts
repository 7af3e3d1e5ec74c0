// Alternative correct solution: the automaton stored in flat arrays indexed by state number
// (no node objects), the transitions of each state in a Map keyed by UTF-16 code unit, and
// private #fields. The goto function is completed lazily: a transition found through failure
// links is memoized on the state, so each state/character pair is resolved once. mask() marks coverage with a difference array over the matches' spans.

export type Match = { word: string; start: number };

export class WordFilter {
  readonly #goto: Map<number, number>[] = [new Map()];
  readonly #fail: number[] = [0];
  readonly #depth: number[] = [0];
  readonly #word: (string | null)[] = [null];
  readonly #dict: number[] = [-1]; // nearest proper-suffix state that ends a word, or -1

  constructor(words: string[]) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== "string" || w.length === 0)) {
      throw new RangeError("words must be non-empty strings");
    }
    for (const w of words) {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let t = this.#goto[s].get(c);
        if (t === undefined) {
          t = this.#goto.length;
          this.#goto.push(new Map());
          this.#fail.push(0);
          this.#depth.push(this.#depth[s] + 1);
          this.#word.push(null);
          this.#dict.push(-1);
          this.#goto[s].set(c, t);
        }
        s = t;
      }
      this.#word[s] = w;
    }
    // Breadth-first over the trie edges only (memoized transitions are added later).
    const trieEdges = this.#goto.map((g) => [...g]);
    const queue: number[] = [];
    for (const [, t] of trieEdges[0]) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of trieEdges[s]) {
        let f = this.#fail[s];
        while (f !== 0 && !this.#goto[f].has(c)) f = this.#fail[f];
        const target = this.#goto[f].get(c);
        this.#fail[t] = target !== undefined && target !== t ? target : 0;
        const ft = this.#fail[t];
        this.#dict[t] = this.#word[ft] !== null ? ft : this.#dict[ft];
        queue.push(t);
      }
    }
  }

  #next(s: number, c: number): number {
    const direct = this.#goto[s].get(c);
    if (direct !== undefined) return direct;
    const t = s === 0 ? 0 : this.#next(this.#fail[s], c);
    this.#goto[s].set(c, t); // memoize the resolved transition
    return t;
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    for (let i = 0, s = 0; i < text.length; i++) {
      s = this.#next(s, text.charCodeAt(i));
      for (let m = this.#word[s] !== null ? s : this.#dict[s]; m !== -1; m = this.#dict[m]) {
        out.push({ word: this.#word[m]!, start: i - this.#depth[m] + 1 });
      }
    }
    return out;
  }

  mask(text: string, mask = "*"): string {
    if (typeof mask !== "string" || mask.length !== 1) throw new RangeError("mask must be one UTF-16 code unit");
    // +1 where a covered span starts, -1 just after it ends; a running sum > 0 means covered.
    const delta = new Int32Array(text.length + 1);
    for (let i = 0, s = 0; i < text.length; i++) {
      s = this.#next(s, text.charCodeAt(i));
      const m = this.#word[s] !== null ? s : this.#dict[s]; // the longest match ending here covers the others
      if (m !== -1) {
        delta[i - this.#depth[m] + 1]++;
        delta[i + 1]--;
      }
    }
    let out = "";
    for (let i = 0, covered = 0; i < text.length; i++) {
      covered += delta[i];
      out += covered > 0 ? mask : text[i];
    }
    return out;
  }
}
