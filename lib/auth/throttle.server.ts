import "server-only";
import { db } from "../db.server";
import { env } from "../env.server";
import { createAuthThrottle, DEFAULT_POLICIES } from "./auth-throttle";

/** The app's sign-in and sign-up limits (state in the database, shared by every instance). */
export const authThrottle = createAuthThrottle(db, {
  ...DEFAULT_POLICIES,
  signUpIp: { ...DEFAULT_POLICIES.signUpIp, free: env.AUTH_SIGNUPS_PER_IP_PER_HOUR },
});
