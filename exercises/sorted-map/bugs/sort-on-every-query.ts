// expect: perf
// bug: keeps the entries in a plain object and sorts all keys on every ordered query (firstKey, floorKey, ceilingKey, range): O(n log n) per call instead of O(log n)

export class SortedMap<V> {
  private entries: Record<string, { key: number; value: V }> = Object.create(null);
  private count = 0;

  set(key: number, value: V): void {
    const e = this.entries[key];
    if (e) e.value = value;
    else {
      this.entries[key] = { key, value };
      this.count++;
    }
  }

  get(key: number): V | undefined {
    return this.entries[key]?.value;
  }

  delete(key: number): boolean {
    if (!this.entries[key]) return false;
    delete this.entries[key];
    this.count--;
    return true;
  }

  get size(): number {
    return this.count;
  }

  private sortedKeys(): number[] {
    return Object.keys(this.entries)
      .map((k) => this.entries[k].key)
      .sort((a, b) => a - b);
  }

  firstKey(): number | undefined {
    return this.sortedKeys()[0];
  }

  lastKey(): number | undefined {
    const ks = this.sortedKeys();
    return ks[ks.length - 1];
  }

  floorKey(key: number): number | undefined {
    let best: number | undefined;
    for (const k of this.sortedKeys()) {
      if (k > key) break;
      best = k;
    }
    return best;
  }

  ceilingKey(key: number): number | undefined {
    return this.sortedKeys().find((k) => k >= key);
  }

  range(lo: number, hi: number): [number, V][] {
    return this.sortedKeys()
      .filter((k) => lo <= k && k < hi)
      .map((k) => [k, this.entries[k].value] as [number, V]);
  }
}
