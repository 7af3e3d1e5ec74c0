// expect: example
// bug: resolve() decodes the code and looks the id up, so "01" resolves like "1" and an invalid code throws
// Reference: a short-URL service built on an id generator and base62.
//
// Each new long URL takes the next integer id; its code is the id in base62 (0-9a-zA-Z), so a
// 7-character code covers 62^7 ≈ 3.5e12 URLs. Two tables make it idempotent and reversible:
// url -> code (the same URL always gets the same code) and code -> url (resolve).
// Ids are bigints so codes never lose precision past 2^53.

export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function encodeBase62(n: bigint): string {
  if (n < 0n) throw new RangeError("n must be >= 0n");
  if (n === 0n) return "0";
  let out = "";
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
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
  private readonly urlById = new Map<bigint, string>();

  constructor(startId: bigint = 1n) {
    this.nextId = startId;
  }

  shorten(url: string): string {
    const known = this.codeByUrl.get(url);
    if (known !== undefined) return known;
    const code = encodeBase62(this.nextId);
    this.nextId++;
    this.codeByUrl.set(url, code);
    this.urlById.set(decodeBase62(code), url);
    return code;
  }

  resolve(code: string): string | undefined {
    // Exact lookup: "01" is not "1", and a malformed code is simply unknown.
    return this.urlById.get(decodeBase62(code));
  }
}
