import type { Db } from "../db";
import { AppError } from "../errors";
import { BackoffThrottle, type BackoffPolicy } from "./backoff-throttle";

export type AuthThrottlePolicies = { signInAccount: BackoffPolicy; signInIp: BackoffPolicy; signUpEmail: BackoffPolicy; signUpIp: BackoffPolicy };

const HOUR = 3600;
export const DEFAULT_POLICIES: AuthThrottlePolicies = {
  // 5 wrong passwords, then 10 s, 20 s, 40 s … up to 15 min between tries, per account.
  signInAccount: { free: 5, baseSeconds: 10, maxSeconds: 15 * 60, windowSeconds: 24 * HOUR },
  // A whole network guessing many accounts: more slack (shared NAT), same doubling.
  signInIp: { free: 50, baseSeconds: 10, maxSeconds: 15 * 60, windowSeconds: HOUR },
  signUpEmail: { free: 5, baseSeconds: 60, maxSeconds: HOUR, windowSeconds: HOUR },
  signUpIp: { free: 20, baseSeconds: 60, maxSeconds: HOUR, windowSeconds: HOUR },
};

const rateLimited = (seconds: number, what: string) =>
  new AppError("RATE_LIMITED", `too many ${what}; try again in ${seconds} s`, { retryAfterSeconds: seconds });

/** Normalised like the e-mail schema, so "A@x.io " and "a@x.io" share one counter. */
const accountKey = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "");

/**
 * Sign-in and sign-up limits per account and per IP, with exponential backoff (see
 * BackoffThrottle). Sign-in counts failures only and a success clears the account's;
 * sign-up counts every attempt. A blocked caller gets RATE_LIMITED (429) with retryAfterSeconds.
 */
export function createAuthThrottle(db: Db, policies: AuthThrottlePolicies = DEFAULT_POLICIES) {
  const signInAccount = new BackoffThrottle(db, "signin-account", policies.signInAccount);
  const signInIp = new BackoffThrottle(db, "signin-ip", policies.signInIp);
  const signUpEmail = new BackoffThrottle(db, "signup-email", policies.signUpEmail);
  const signUpIp = new BackoffThrottle(db, "signup-ip", policies.signUpIp);

  return {
    /** Throws RATE_LIMITED while the account or the IP is blocked. Checked before any hash is spent. */
    async assertSignInAllowed(email: unknown, ip: string): Promise<void> {
      const account = accountKey(email);
      const [byAccount, byIp] = await Promise.all([account ? signInAccount.retryAfter(account) : 0, signInIp.retryAfter(ip)]);
      const wait = Math.max(byAccount, byIp);
      if (wait > 0) throw rateLimited(wait, "sign-in attempts");
    },
    async recordSignInFailure(email: unknown, ip: string): Promise<void> {
      const account = accountKey(email);
      await Promise.all([account ? signInAccount.record(account) : 0, signInIp.record(ip)]);
    },
    async recordSignInSuccess(email: unknown): Promise<void> {
      const account = accountKey(email);
      if (account) await signInAccount.reset(account);
    },
    /** Counts one sign-up attempt, or throws RATE_LIMITED when the e-mail or the IP is blocked. */
    async admitSignUp(email: unknown, ip: string): Promise<void> {
      const account = accountKey(email);
      const [byEmail, byIp] = await Promise.all([account ? signUpEmail.retryAfter(account) : 0, signUpIp.retryAfter(ip)]);
      const wait = Math.max(byEmail, byIp);
      if (wait > 0) throw rateLimited(wait, "sign-ups");
      await Promise.all([account ? signUpEmail.record(account) : 0, signUpIp.record(ip)]);
    },
  };
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>;
