/** Starting the production build (`next start`) on a given database, for e2e tests. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Serves the production build on `databaseUrl` at 127.0.0.1:`port`; resolves once it answers.
 * `kill()` is a power cut: SIGKILL to the server's whole process group (next start may fork).
 */
export async function startNextServer(databaseUrl: string, port: number): Promise<{ baseURL: string; stop: () => void; kill: () => void }> {
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: E2E_SECRET, NEXTAUTH_URL: baseURL, AUTH_SIGNUPS_PER_IP_PER_HOUR: "10000", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitForServer(`${baseURL}/signin`, child);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  return { baseURL, stop: () => void child.kill("SIGTERM"), kill };
}
