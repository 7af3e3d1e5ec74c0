import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDb } from "../test/test-db";
import { createAuthThrottle, DEFAULT_POLICIES } from "./auth-throttle";
import { BackoffThrottle } from "./backoff-throttle";
import { hashGateLoad, MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES, withHashSlot } from "./hash-gate";
import { clientIp } from "../http/client-ip";

const t = createTestDb();
afterAll(() => t.cleanup());

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: AppError) => e);

describe("sign-in throttling (state in the database)", () => {
  it("blocks an account after its free failures, with a Retry-After that doubles, and a success clears it", async () => {
    const throttle = createAuthThrottle(t.db);
    const ip = "203.0.113.7";
    for (let i = 1; i < DEFAULT_POLICIES.signInAccount.free; i++) {
      await throttle.assertSignInAllowed("victim@example.com", ip);
      await throttle.recordSignInFailure("victim@example.com", ip);
    }
    await throttle.assertSignInAllowed("Victim@Example.com ", ip);
    await throttle.recordSignInFailure("victim@example.com", ip);
    const blocked = await refusal(throttle.assertSignInAllowed("VICTIM@example.com", ip));
    expect(blocked).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    // Rounded up to whole seconds, and at most the base block (a slow machine may shave a second off).
    const wait = (blocked!.details as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(DEFAULT_POLICIES.signInAccount.baseSeconds - 1);
    expect(wait).toBeLessThanOrEqual(DEFAULT_POLICIES.signInAccount.baseSeconds);
    // Another account from the same IP is not blocked by this one.
    expect(await refusal(throttle.assertSignInAllowed("someone@example.com", ip))).toBeNull();
    // A second instance (another process on the same database) sees the same block.
    expect(await refusal(createAuthThrottle(t.db).assertSignInAllowed("victim@example.com", "198.51.100.1"))).toMatchObject({ code: "RATE_LIMITED" });

    await throttle.recordSignInSuccess("victim@example.com");
    expect(await refusal(throttle.assertSignInAllowed("victim@example.com", ip))).toBeNull();
  });

  it("doubles the block with each attempt past the free ones, up to the cap", async () => {
    const throttle = new BackoffThrottle(t.db, "test-doubling", { free: 2, baseSeconds: 3, maxSeconds: 20, windowSeconds: 3600 });
    const blocks = [];
    for (let i = 0; i < 6; i++) blocks.push(await throttle.record("k"));
    expect(blocks).toEqual([0, 3, 6, 12, 20, 20]);
    expect(await throttle.retryAfter("k")).toBeGreaterThanOrEqual(19);
    expect(await throttle.retryAfter("other")).toBe(0);
  });

  it("limits sign-ups per e-mail and per IP", async () => {
    const throttle = createAuthThrottle(t.db, { ...DEFAULT_POLICIES, signUpIp: { free: 3, baseSeconds: 60, maxSeconds: 3600, windowSeconds: 3600 } });
    for (let i = 0; i < 3; i++) await throttle.admitSignUp(`new${i}@example.com`, "192.0.2.9");
    expect(await refusal(throttle.admitSignUp("new9@example.com", "192.0.2.9"))).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: expect.any(Number) } });
    expect(await refusal(throttle.admitSignUp("new9@example.com", "192.0.2.10"))).toBeNull();
  });

  it("takes the client address the nearest proxy saw", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp({ "x-real-ip": "192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

describe("the password hash gate", () => {
  it("runs at most MAX_CONCURRENT_HASHES at once, queues MAX_WAITING_HASHES, and refuses the rest with 429", async () => {
    const releases: (() => void)[] = [];
    let peak = 0;
    const work = () =>
      new Promise<void>((resolve) => {
        peak = Math.max(peak, hashGateLoad().running);
        releases.push(resolve);
      });
    const total = MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES + 5;
    const outcomes = Array.from({ length: total }, () => withHashSlot(work).then(() => "done", (e: AppError) => e.code));
    await new Promise((r) => setTimeout(r, 10));
    expect(hashGateLoad()).toEqual({ running: MAX_CONCURRENT_HASHES, waiting: MAX_WAITING_HASHES });
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    const results = await Promise.all(outcomes);
    expect(results.filter((r) => r === "done")).toHaveLength(MAX_CONCURRENT_HASHES + MAX_WAITING_HASHES);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(5);
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(hashGateLoad()).toEqual({ running: 0, waiting: 0 });
  });
});
