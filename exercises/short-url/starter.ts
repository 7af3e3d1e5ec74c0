export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** n in base62 over ALPHABET; n >= 0n, else RangeError; 0n -> "0". */
export function encodeBase62(n: bigint): string {
  void n;
  throw new Error("not implemented");
}

/** The number a base62 string denotes; RangeError for "" or a character outside ALPHABET. */
export function decodeBase62(s: string): bigint {
  void s;
  throw new Error("not implemented");
}

/** A URL shortener that hands out sequential ids encoded in base62. */
export class Shortener {
  /** startId: the first id to hand out (default 1n). */
  constructor(startId?: bigint) {
    void startId;
  }

  /** The same url always gets the same code; a new url gets encodeBase62(next id). */
  shorten(url: string): string {
    void url;
    throw new Error("not implemented");
  }

  /** The url of a code shorten() returned; undefined for any other code; never throws. */
  resolve(code: string): string | undefined {
    void code;
    throw new Error("not implemented");
  }
}
