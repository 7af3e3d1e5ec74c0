// Alternative correct solution: a class with private #fields where the entries live in parallel
// arrays indexed by slot (keys, values, prev/next links as integers) with a free list, and a
// prototype-less object maps each key to its slot. No node objects, no Map or Set; every
// operation is O(1) expected.

const NIL = -1;

export class LinkedHashMap<V> {
  readonly #accessOrder: boolean;
  #slotOf: Record<string, number> = Object.create(null);
  #keys: string[] = [];
  #values: V[] = [];
  #prev: number[] = [];
  #next: number[] = [];
  #free: number[] = [];
  #eldest = NIL;
  #youngest = NIL;
  #size = 0;

  constructor(accessOrder = false) {
    this.#accessOrder = accessOrder;
  }

  set(key: string, value: V): void {
    const slot = this.#slotOf[key];
    if (slot !== undefined) {
      this.#values[slot] = value;
      if (this.#accessOrder) this.#moveToEnd(slot);
      return;
    }
    const s = this.#free.length > 0 ? this.#free.pop()! : this.#keys.length;
    this.#keys[s] = key;
    this.#values[s] = value;
    this.#append(s);
    this.#slotOf[key] = s;
    this.#size++;
  }

  get(key: string): V | undefined {
    const slot = this.#slotOf[key];
    if (slot === undefined) return undefined;
    if (this.#accessOrder) this.#moveToEnd(slot);
    return this.#values[slot];
  }

  delete(key: string): boolean {
    const slot = this.#slotOf[key];
    if (slot === undefined) return false;
    this.#unlink(slot);
    delete this.#slotOf[key];
    this.#values[slot] = undefined as V; // let the value be collected
    this.#free.push(slot);
    this.#size--;
    return true;
  }

  get size(): number {
    return this.#size;
  }

  keys(): string[] {
    const out: string[] = [];
    for (let s = this.#eldest; s !== NIL; s = this.#next[s]) out.push(this.#keys[s]);
    return out;
  }

  first(): string | undefined {
    return this.#eldest === NIL ? undefined : this.#keys[this.#eldest];
  }

  #append(s: number): void {
    this.#prev[s] = this.#youngest;
    this.#next[s] = NIL;
    if (this.#youngest === NIL) this.#eldest = s;
    else this.#next[this.#youngest] = s;
    this.#youngest = s;
  }

  #unlink(s: number): void {
    const p = this.#prev[s];
    const n = this.#next[s];
    if (p === NIL) this.#eldest = n;
    else this.#next[p] = n;
    if (n === NIL) this.#youngest = p;
    else this.#prev[n] = p;
  }

  #moveToEnd(s: number): void {
    if (this.#youngest === s) return;
    this.#unlink(s);
    this.#append(s);
  }
}
