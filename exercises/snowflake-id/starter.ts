/** Twitter's Snowflake: 64-bit ids that grow with time, unique per worker. */
export class Snowflake {
  /** workerId: an integer 0..1023, else RangeError; epochMs defaults to 1288834974657. */
  constructor(workerId: number, now: () => number, epochMs?: number) {
    void workerId;
    void now;
    void epochMs;
  }

  /**
   * ((ms - epoch) << 22) | (workerId << 12) | sequence. The sequence runs 0..4095 within one
   * millisecond and restarts at 0 when the millisecond changes; when a millisecond's 4096 ids
   * are used up, calls now() again until it returns a later millisecond. If now() is earlier
   * than the last id's time, throws an Error whose message contains "clock moved backwards"
   * (and changes nothing).
   */
  nextId(): bigint {
    throw new Error("not implemented");
  }
}
