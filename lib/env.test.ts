import { describe, expect, it } from "vitest";
import { readAppEnv, readBaseEnv } from "./env";

const secret = "s".repeat(32);

describe("the environment", () => {
  it("applies defaults and treats empty variables as unset", () => {
    expect(readBaseEnv({ PORT: "", DATABASE_URL: "" } as unknown as NodeJS.ProcessEnv)).toEqual({ NODE_ENV: "development", PORT: 3000, AUTH_SIGNUPS_PER_IP_PER_HOUR: 20 });
    expect(readBaseEnv({ PORT: "8080", NODE_ENV: "production" } as unknown as NodeJS.ProcessEnv)).toMatchObject({ PORT: 8080, NODE_ENV: "production" });
  });

  it("names every bad variable", () => {
    const error = (() => {
      try {
        readAppEnv({ PORT: "eighty", NEXTAUTH_SECRET: "short", NEXTAUTH_URL: "not a url" } as unknown as unknown as NodeJS.ProcessEnv);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(error).toMatch(/PORT/);
    expect(error).toMatch(/NEXTAUTH_SECRET/);
    expect(error).toMatch(/NEXTAUTH_URL/);
  });

  it("requires the secret only for the app", () => {
    expect(() => readAppEnv({} as unknown as NodeJS.ProcessEnv)).toThrow(/NEXTAUTH_SECRET/);
    expect(readAppEnv({ NEXTAUTH_SECRET: secret } as unknown as unknown as NodeJS.ProcessEnv).NEXTAUTH_SECRET).toBe(secret);
  });
});
