// expect: example
// bug: mask() covers each match from start up to but not including its last character (an exclusive end computed as start + length - 1)
// Reference: an Aho–Corasick automaton for live-comment moderation (many banned words, one pass).
//
// Build: a trie of the words; then, breadth first, each node's failure link points to the
// longest proper suffix of its string that is also a trie node, and its output link to the
// nearest such suffix that is a whole word. Scan: one state transition per character (failure
// links make the total O(text)), and at each position the matches are the node's own word
// followed by the chain of output links — longest first, as the contract orders them.

export type Match = { word: string; start: number }; // start: index in text (UTF-16)

type Node = {
  next: Map<number, Node>; // UTF-16 code unit -> child
  fail: Node | null;
  out: Node | null; // nearest proper suffix node that ends a word
  word: string | null; // the word ending here, if any
  depth: number;
};

const newNode = (depth: number): Node => ({ next: new Map(), fail: null, out: null, word: null, depth });

export class WordFilter {
  private readonly root: Node = newNode(0);

  constructor(words: string[]) {
    for (const w of words) {
      if (typeof w !== "string" || w.length === 0) throw new RangeError("words must be non-empty strings");
    }
    for (const w of words) {
      let n = this.root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let child = n.next.get(c);
        if (child === undefined) n.next.set(c, (child = newNode(n.depth + 1)));
        n = child;
      }
      n.word = w; // duplicates simply land on the same node
    }
    // Breadth-first: parents' links are final before their children's are computed.
    const queue: Node[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const n = queue[qi];
      for (const [c, child] of n.next) {
        let f = n.fail;
        while (f !== null && !f.next.has(c)) f = f.fail;
        child.fail = f === null ? this.root : f.next.get(c)!;
        child.out = child.fail.word !== null ? child.fail : child.fail.out;
        queue.push(child);
      }
    }
  }

  private step(state: Node, c: number): Node {
    let s: Node | null = state;
    while (s !== null && !s.next.has(c)) s = s.fail;
    return s === null ? this.root : s.next.get(c)!;
  }

  find(text: string): Match[] {
    const out: Match[] = [];
    let state = this.root;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i));
      // Matches ending at i, longest first.
      for (let m: Node | null = state.word !== null ? state : state.out; m !== null; m = m.out) {
        out.push({ word: m.word!, start: i - m.depth + 1 });
      }
    }
    return out;
  }

  mask(text: string, mask: string = "*"): string {
    if (typeof mask !== "string" || mask.length !== 1) throw new RangeError("mask must be one UTF-16 code unit");
    const chars = text.split("");
    for (const m of this.find(text)) {
      const end = m.start + m.word.length - 1; // index of the last character
      for (let j = m.start; j < end; j++) chars[j] = mask;
    }
    return chars.join("");
  }
}
