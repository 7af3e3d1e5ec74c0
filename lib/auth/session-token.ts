import { decode } from "next-auth/jwt";
import { BoundedCache } from "../bounded-cache";

/**
 * The user id in a next-auth session cookie, decoded once per token. next-auth's
 * getServerSession derives a key (HKDF) and decrypts the JWE on every request, then
 * re-encrypts a refreshed cookie that route handlers throw away; a review request needs
 * none of that, only "who is this". A decoded token is cached by its exact text until
 * it expires: the cookie is encrypted and authenticated, so the same text means the same claims.
 */
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

type Decoded = { uid: string | null; expiresAtMs: number };
const decoded = new BoundedCache<string, Decoded>(10_000);

/** The session token from a Cookie header; next-auth splits tokens over 4 kB into `.0`, `.1`, … */
export function sessionTokenFromCookies(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const i = part.indexOf("=");
    if (i > 0) cookies.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  for (const name of COOKIE_NAMES) {
    const whole = cookies.get(name);
    if (whole) return decodeURIComponent(whole);
    const chunks: string[] = [];
    for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
    if (chunks.length) return decodeURIComponent(chunks.join(""));
  }
  return null;
}

export async function userIdFromSessionToken(token: string | null, secret: string, nowMs: number = Date.now()): Promise<string | null> {
  if (!token) return null;
  let entry = decoded.get(token);
  if (!entry) {
    const payload = await decode({ token, secret }).catch(() => null);
    const uid = typeof payload?.uid === "string" ? payload.uid : null;
    entry = { uid, expiresAtMs: typeof payload?.exp === "number" ? payload.exp * 1000 : 0 };
    decoded.set(token, entry);
  }
  return entry.expiresAtMs > nowMs ? entry.uid : null;
}
