// expect: property
// bug: encodeBase62 converts the bigint to a Number and divides with Math.floor, so ids above 2^53 lose their low digits (the float rounds before the division)
export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function encodeBase62(n: bigint): string {
  if (n < 0n) throw new RangeError("n must be >= 0n");
  if (n === 0n) return "0";
  let x = Number(n);
  let out = "";
  while (x > 0) {
    out = ALPHABET[x % 62] + out;
    x = Math.floor(x / 62);
  }
  return out;
}

export function decodeBase62(s: string): bigint {
  if (s.length === 0) throw new RangeError("empty code");
  let n = 0n;
  for (const ch of s) {
    const d = ALPHABET.indexOf(ch);
    if (d < 0 || ch.length !== 1) throw new RangeError(`invalid base62 character ${JSON.stringify(ch)}`);
    n = n * 62n + BigInt(d);
  }
  return n;
}

export class Shortener {
  private nextId: bigint;
  private readonly codeByUrl = new Map<string, string>();
  private readonly urlByCode = new Map<string, string>();

  constructor(startId: bigint = 1n) {
    this.nextId = startId;
  }

  shorten(url: string): string {
    const known = this.codeByUrl.get(url);
    if (known !== undefined) return known;
    const code = encodeBase62(this.nextId);
    this.nextId++;
    this.codeByUrl.set(url, code);
    this.urlByCode.set(code, url);
    return code;
  }

  resolve(code: string): string | undefined {
    // Exact lookup: "01" is not "1", and a malformed code is simply unknown.
    return this.urlByCode.get(code);
  }
}
