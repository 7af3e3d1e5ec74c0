/** A node as toJSON() returns it: children is empty for a leaf. */
export type BTreeNode = { keys: number[]; children: BTreeNode[] };

/**
 * A B-tree of minimum degree t. After every operation: every node but the root holds t-1 to
 * 2t-1 sorted keys (the root 1 to 2t-1 unless the tree is empty), an internal node with m keys
 * has m+1 children that separate the keys correctly, and every leaf is at depth height().
 */
export class BTree {
  /** t: an integer >= 2, else RangeError. */
  constructor(t: number) {
    void t;
  }

  /** Inserts key; a key already present is a no-op. */
  insert(key: number): void {
    void key;
    throw new Error("not implemented");
  }

  /** Whether key is present. */
  has(key: number): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** Removes key; true if it was present. */
  delete(key: number): boolean {
    void key;
    throw new Error("not implemented");
  }

  /** The keys with lo <= key <= hi, ascending ([] when lo > hi). */
  range(lo: number, hi: number): number[] {
    void lo;
    void hi;
    throw new Error("not implemented");
  }

  /** The number of keys. */
  get size(): number {
    throw new Error("not implemented");
  }

  /** 0 when empty, 1 for a lone root leaf. */
  height(): number {
    throw new Error("not implemented");
  }

  /** The tree as plain data; the empty tree is { keys: [], children: [] }. */
  toJSON(): BTreeNode {
    throw new Error("not implemented");
  }
}
