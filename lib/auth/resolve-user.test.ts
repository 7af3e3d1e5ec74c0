import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { resolveUserId } from "./resolve-user";

const SECRET = "resolve-user-test-secret";
const cookieFor = async (uid: string, maxAge = 3600) => `theme=dark; next-auth.session-token=${await encode({ token: { uid }, secret: SECRET, maxAge })}`;

// The hot path (the prepared-statement drivers) and the Prisma path must agree, on SQLite and on PostgreSQL.
describe.each([true, false])("resolveUserId (hot path: %s)", (hotPath) => {
  const t = createTestDb({ hotPath });
  afterAll(() => t.cleanup());

  it("returns the id of a signed-in user who exists", async () => {
    const user = await createUser(t.db);
    expect(await resolveUserId(t.db, await cookieFor(user.id), SECRET)).toBe(user.id);
  });

  it("treats a valid session of a user who no longer exists as signed out", async () => {
    const user = await createUser(t.db);
    const cookie = await cookieFor(user.id);
    await t.db.user.delete({ where: { id: user.id } });
    expect(await resolveUserId(t.db, cookie, SECRET)).toBeNull();
  });

  it("treats no cookie, a forged or foreign token and an expired session as signed out", async () => {
    const user = await createUser(t.db);
    expect(await resolveUserId(t.db, null, SECRET)).toBeNull();
    expect(await resolveUserId(t.db, "theme=dark", SECRET)).toBeNull();
    expect(await resolveUserId(t.db, "next-auth.session-token=not-a-jwe", SECRET)).toBeNull();
    expect(await resolveUserId(t.db, await cookieFor(user.id), "another-secret")).toBeNull();
    expect(await resolveUserId(t.db, await cookieFor(user.id, -60), SECRET)).toBeNull();
  });
});
