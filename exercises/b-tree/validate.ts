// Validates a B-tree of minimum degree t from its toJSON() shape; returns an error or null.
type Node = { keys: number[]; children: Node[] };

export function validateBTree(root: Node, t: number, height: number, size: number): string | null {
  if (!root || !Array.isArray(root.keys) || !Array.isArray(root.children)) return "toJSON() is not { keys, children }";
  if (root.keys.length === 0) {
    if (root.children.length !== 0) return "the empty root has children";
    if (height !== 0) return `height() is ${height} for an empty tree`;
    return size === 0 ? null : `size is ${size} but the tree has no keys`;
  }
  let count = 0;
  let leafDepth = -1;
  const walk = (n: Node, depth: number, lo: number, hi: number, isRoot: boolean): string | null => {
    const m = n.keys.length;
    if (!isRoot && (m < t - 1 || m > 2 * t - 1)) return `a node holds ${m} keys [${n.keys.join(", ")}] (allowed ${t - 1}..${2 * t - 1})`;
    if (isRoot && m > 2 * t - 1) return `the root holds ${m} keys (at most ${2 * t - 1})`;
    for (let i = 0; i < m; i++) {
      if (i > 0 && !(n.keys[i - 1] < n.keys[i])) return `keys [${n.keys.join(", ")}] are not sorted`;
      if (!(n.keys[i] > lo && n.keys[i] < hi)) return `key ${n.keys[i]} lies outside its parent's separators (${lo}, ${hi})`;
    }
    count += m;
    if (n.children.length === 0) {
      if (leafDepth === -1) leafDepth = depth;
      else if (leafDepth !== depth) return `leaves at depths ${leafDepth} and ${depth}`;
      return null;
    }
    if (n.children.length !== m + 1) return `a node with ${m} keys has ${n.children.length} children`;
    for (let i = 0; i <= m; i++) {
      const e = walk(n.children[i], depth + 1, i === 0 ? lo : n.keys[i - 1], i === m ? hi : n.keys[i], false);
      if (e) return e;
    }
    return null;
  };
  const e = walk(root, 1, -Infinity, Infinity, true);
  if (e) return e;
  if (leafDepth !== height) return `height() is ${height} but the leaves are at depth ${leafDepth}`;
  if (count !== size) return `size is ${size} but the tree holds ${count} keys`;
  return null;
}
