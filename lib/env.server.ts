import "server-only";
import { z } from "zod";

// Validated once at boot: a missing secret fails loudly here, not as a confusing auth error later.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (npm start generates one)"),
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  // Sign-ups one IP may make per hour before backoff (raise it for load tests from one machine).
  AUTH_SIGNUPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
});

// `next build` evaluates server modules to collect page data, before any secret exists on a
// fresh clone; nothing is signed at build time, so a placeholder is safe there and only there.
const building = process.env.NEXT_PHASE === "phase-production-build";
const source = building && !process.env.NEXTAUTH_SECRET ? { ...process.env, NEXTAUTH_SECRET: "build-time-placeholder-never-used-to-sign" } : process.env;

export const env = envSchema.parse(source);

export const githubEnabled = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
