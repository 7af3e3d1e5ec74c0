import { z } from "zod";

/**
 * Every environment variable the app reads, validated in one place. The server reads it
 * through env.server.ts (with the secret required); scripts that run before a secret exists
 * (npm start creates one) read it through readBaseEnv.
 */
const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // file:/path/to.db (SQLite, the default: data/go-base.db) or a database URL; see lib/db-url.ts.
  DATABASE_URL: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  // Sign-ups one IP may make per hour before backoff (raise it for load tests from one machine).
  AUTH_SIGNUPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
  // A name /api/health reports, so a supervisor (or a test harness) knows which process answers.
  GO_BASE_INSTANCE: z.string().trim().min(1).max(100).optional(),
  // "0": server/serve.ts sends the two hot routes to Next too (decision 0016; tests run both ways).
  GO_BASE_HOT_FRONT: z.enum(["0", "1"]).optional(),
});

const appSchema = baseSchema.extend({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (npm start generates one)"),
});

export type BaseEnv = z.infer<typeof baseSchema>;
export type AppEnv = z.infer<typeof appSchema>;

// An empty variable means "not set": shells and .env files produce them.
const withoutEmpty = (source: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));

function parse<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(withoutEmpty(source));
  if (!result.success) throw new Error(`invalid environment: ${z.prettifyError(result.error)}`);
  return result.data;
}

export const readBaseEnv = (source: NodeJS.ProcessEnv = process.env): BaseEnv => parse(baseSchema, source);
export const readAppEnv = (source: NodeJS.ProcessEnv = process.env): AppEnv => parse(appSchema, source);
