import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createTestDb } from "../test/test-db";
import { authenticate } from "./authenticate";
import { verifiedPrimaryEmail } from "./github-verified-email";
import { linkGitHubUser } from "./link-github-user";
import { signUp } from "./sign-up";

const t = createTestDb();
afterAll(() => t.cleanup());

describe("sign-up and sign-in", () => {
  it("creates a user with an argon2id hash and default settings, normalising the email", async () => {
    const user = await signUp(t.db, { email: "  Ada@Example.COM ", password: "analytical-engine", timezone: "Europe/London" });
    expect(user.email).toBe("ada@example.com");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, include: { settings: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.settings?.timezone).toBe("Europe/London");
    expect(await authenticate(t.db, "ada@example.com", "analytical-engine")).toMatchObject({ id: user.id });
    expect(await authenticate(t.db, "ADA@example.com", "analytical-engine")).toMatchObject({ id: user.id });
    expect(await authenticate(t.db, "ada@example.com", "wrong-password")).toBeNull();
    expect(await authenticate(t.db, "nobody@example.com", "analytical-engine")).toBeNull();
  });

  it("rejects a taken email with a conflict and a weak password with a clear message", async () => {
    await signUp(t.db, { email: "taken@example.com", password: "long enough" });
    const taken = await signUp(t.db, { email: "TAKEN@example.com", password: "long enough" }).catch((e: AppError) => e);
    expect(taken).toBeInstanceOf(AppError);
    expect((taken as AppError).code).toBe("EMAIL_TAKEN");
    const weak = await signUp(t.db, { email: "new@example.com", password: "short" }).catch((e: AppError) => e);
    expect((weak as AppError).code).toBe("INVALID_INPUT");
    expect((weak as AppError).message).toBe("password: password must be at least 8 characters");
    const bad = await signUp(t.db, { email: "not-an-email", password: "long enough" }).catch((e: AppError) => e);
    expect((bad as AppError).message).toMatch(/email/);
  });
});

describe("GitHub linking", () => {
  it("uses only the verified primary address from GitHub's list", () => {
    expect(verifiedPrimaryEmail([{ email: "a@x.io", primary: true, verified: false }, { email: "b@x.io", primary: false, verified: true }])).toBeNull();
    expect(verifiedPrimaryEmail([{ email: "b@x.io", primary: false, verified: true }, { email: "a@x.io", primary: true, verified: true }])).toBe("a@x.io");
    expect(verifiedPrimaryEmail({ message: "Bad credentials" })).toBeNull();
  });

  it("never links onto an account with a password, never overwrites a link, and needs a verified e-mail", async () => {
    const withPassword = await signUp(t.db, { email: "pw@example.com", password: "long enough" });
    expect(await linkGitHubUser(t.db, { githubId: "100", verifiedPrimaryEmail: "pw@example.com" })).toEqual({ ok: false, reason: "has-password" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: withPassword.id } })).githubId).toBeNull();

    expect(await linkGitHubUser(t.db, { githubId: "200", verifiedPrimaryEmail: null })).toEqual({ ok: false, reason: "no-verified-email" });

    const created = await linkGitHubUser(t.db, { githubId: "300", verifiedPrimaryEmail: "Gh@Example.com" });
    expect(created).toMatchObject({ ok: true });
    expect(await linkGitHubUser(t.db, { githubId: "300", verifiedPrimaryEmail: null })).toEqual(created);
    // Another GitHub account claiming the same verified address does not take the link over.
    expect(await linkGitHubUser(t.db, { githubId: "301", verifiedPrimaryEmail: "gh@example.com" })).toEqual({ ok: false, reason: "other-github" });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "gh@example.com" } })).githubId).toBe("300");
  });
});
