/** Starting the production server (server/serve.ts on the build) on a given database, for e2e tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";

export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";

/**
 * A port nothing listens on right now, chosen by the kernel. A fixed port is a bet that nothing
 * else on the machine uses it; when something did, `next start` exited with EADDRINUSE while the
 * other listener answered our readiness probe, and every test talked to a stranger.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Resolves once this server, and not another listener on the port, answers as this instance. */
async function waitForServer(baseURL: string, instance: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering at ${baseURL}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      const body = response.ok ? ((await response.json()) as { instance?: string }) : {};
      if (body.instance === instance) return;
      if (response.ok) throw new Error(`another server answers at ${baseURL} (instance ${body.instance ?? "unknown"})`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("another server")) throw error;
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${baseURL} within ${timeoutMs} ms`);
}

/**
 * Serves the production build on `databaseUrl` at 127.0.0.1:`port` (a free one if not given);
 * resolves once it answers. `kill()` is a power cut: SIGKILL to the server's whole process group
 * (Next may fork).
 */
export async function startNextServer(databaseUrl: string, port?: number, options: { front?: boolean } = {}): Promise<{ baseURL: string; port: number; stop: () => void; kill: () => void }> {
  const chosenPort = port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${chosenPort}`;
  const instance = randomUUID();
  // The front answers the hot routes unless GO_BASE_HOT_FRONT=0 (in the environment, or front: false).
  const front = options.front === undefined ? {} : { GO_BASE_HOT_FRONT: options.front ? "1" : "0" };
  const child = spawn(process.execPath, ["--import", "tsx", "server/serve.ts", "--port", String(chosenPort), "--hostname", "127.0.0.1"], {
    detached: true,
    env: { ...process.env, ...front, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: E2E_SECRET, NEXTAUTH_URL: baseURL, AUTH_SIGNUPS_PER_IP_PER_HOUR: "10000", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", GO_BASE_INSTANCE: instance },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(baseURL, instance, child);
  } catch (e) {
    kill();
    throw e;
  }
  return { baseURL, port: chosenPort, stop: () => void child.kill("SIGTERM"), kill };
}
