/** A consistent-hash ring with virtual nodes on a uint32 circle. */
export class ConsistentHashRing {
  /** replicas: an integer >= 1, else RangeError; hash returns a uint32. */
  constructor(replicas: number, hash: (s: string) => number) {
    void replicas;
    void hash;
  }

  /** Adds the points hash(`${node}#${i}`) for i = 0..replicas-1; re-adding is a no-op. */
  addNode(node: string): void {
    void node;
    throw new Error("not implemented");
  }

  /** Removes node's points; removing an absent node is a no-op. */
  removeNode(node: string): void {
    void node;
    throw new Error("not implemented");
  }

  /**
   * The owner of the first point clockwise with point >= hash(key), wrapping around; equal
   * points: the smaller node name wins. undefined when there is no node.
   */
  getNode(key: string): string | undefined {
    void key;
    throw new Error("not implemented");
  }

  /** The nodes, ascending. */
  nodes(): string[] {
    throw new Error("not implemented");
  }
}
