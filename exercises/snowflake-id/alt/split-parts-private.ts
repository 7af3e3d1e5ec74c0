// Alternative: a class with private #fields that keeps the last timestamp and sequence as plain
// numbers and builds the id from two exact parts at the end: the timestamp part as a bigint
// shifted by 22, the low 22 bits (worker << 12 | sequence) as a small number.
export class Snowflake {
  #low: number; // workerId << 12
  #now: () => number;
  #epoch: number;
  #lastMs: number | null = null;
  #seq = 0;

  constructor(workerId: number, now: () => number, epochMs = 1288834974657) {
    if (!(Number.isInteger(workerId) && workerId >= 0 && workerId < 1024)) throw new RangeError(`workerId ${workerId} is not an integer 0..1023`);
    this.#low = workerId * 4096;
    this.#now = now;
    this.#epoch = epochMs;
  }

  nextId(): bigint {
    let ms = this.#now();
    const last = this.#lastMs;
    if (last !== null && ms < last) throw new Error(`clock moved backwards (${ms} < ${last})`);
    let seq = 0;
    if (ms === last) {
      seq = this.#seq + 1;
      if (seq === 4096) {
        // this millisecond is used up: wait for the next one
        do ms = this.#now();
        while (ms === last);
        seq = 0;
      }
    }
    this.#lastMs = ms;
    this.#seq = seq;
    return BigInt(ms - this.#epoch) * 4194304n + BigInt(this.#low + seq);
  }
}
