// expect: property
// bug: the sequence is allowed to reach 4096 before the wait (> 4096 instead of > 4095), so the 4097th id of a millisecond carries sequence 4096, which overflows into the worker id bits
const SEQUENCE_MASK = 4095;

export class Snowflake {
  private readonly workerId: number;
  private readonly now: () => number;
  private readonly epochMs: number;
  private lastMs = -Infinity;
  private sequence = 0;

  constructor(workerId: number, now: () => number, epochMs: number = 1288834974657) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > 1023) {
      throw new RangeError("workerId must be an integer 0..1023");
    }
    this.workerId = workerId;
    this.now = now;
    this.epochMs = epochMs;
  }

  nextId(): bigint {
    let ms = this.now();
    if (ms < this.lastMs) throw new Error(`clock moved backwards by ${this.lastMs - ms} ms`);
    let sequence = 0;
    if (ms === this.lastMs) {
      sequence = this.sequence + 1;
      if (sequence > SEQUENCE_MASK + 1) {
        // the ids of this millisecond are used up: spin until the clock reaches the next one.
        while (ms <= this.lastMs) ms = this.now();
        sequence = 0;
      }
    }
    this.lastMs = ms;
    this.sequence = sequence;
    return (
      (BigInt(ms - this.epochMs) << 22n) |
      (BigInt(this.workerId) << 12n) |
      BigInt(sequence)
    );
  }
}
