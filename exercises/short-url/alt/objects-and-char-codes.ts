// Alternative: no Map — the shortener keeps two null-prototype objects (so keys such as
// "constructor" are plain data), and base62 digits are computed from char codes (no indexOf).

export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The digit value of one UTF-16 code unit, or -1. */
function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 122) return code - 97 + 10; // a-z
  if (code >= 65 && code <= 90) return code - 65 + 36; // A-Z
  return -1;
}

export function encodeBase62(n: bigint): string {
  if (n < 0n) throw new RangeError("encodeBase62 needs n >= 0n");
  const digits: string[] = [];
  do {
    digits.push(ALPHABET[Number(n % 62n)]);
    n /= 62n;
  } while (n > 0n);
  return digits.reverse().join("");
}

export function decodeBase62(s: string): bigint {
  if (s === "") throw new RangeError("decodeBase62 needs a non-empty string");
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d < 0) throw new RangeError(`not a base62 digit at ${i} in ${JSON.stringify(s)}`);
    n = n * 62n + BigInt(d);
  }
  return n;
}

export class Shortener {
  #next: bigint;
  #codeOf: Record<string, string> = Object.create(null);
  #urlOf: Record<string, string> = Object.create(null);

  constructor(startId: bigint = 1n) {
    this.#next = startId;
  }

  shorten(url: string): string {
    if (url in this.#codeOf) return this.#codeOf[url];
    const code = encodeBase62(this.#next++);
    this.#codeOf[url] = code;
    this.#urlOf[code] = url;
    return code;
  }

  resolve(code: string): string | undefined {
    return code in this.#urlOf ? this.#urlOf[code] : undefined;
  }
}
