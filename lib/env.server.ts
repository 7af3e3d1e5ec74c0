import "server-only";
import { readAppEnv } from "./env";

// Validated once at boot: a missing secret fails loudly here, not as a confusing auth error later.
// `next build` evaluates server modules to collect page data, before any secret exists on a
// fresh clone; nothing is signed at build time, so a placeholder is safe there and only there.
// (NEXT_PHASE is set by Next itself, not by the user: it is not part of the app's environment.)
const building = process.env.NEXT_PHASE === "phase-production-build";
const source = building && !process.env.NEXTAUTH_SECRET ? { ...process.env, NEXTAUTH_SECRET: "build-time-placeholder-never-used-to-sign" } : process.env;

export const env = readAppEnv(source);

export const githubEnabled = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);
