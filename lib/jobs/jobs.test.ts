import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { createUser } from "../test/fixtures";
import { createTestDb } from "../test/test-db";
import { failInterruptedJobs } from "./fail-interrupted-jobs";
import { getJob } from "./get-job";
import { INTERRUPTED, JOB_STALE_MS } from "./job-record";
import { failJob, finishJob, reportJobProgress } from "./report-job";
import { startJob } from "./start-job";

const t = createTestDb();
const db = t.db;
afterAll(() => t.cleanup());

const resultSchema = z.object({ answer: z.number() });
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

async function errorCode(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("jobs as rows", () => {
  it("runs, reports progress and finishes with a result read through its schema", async () => {
    const user = await createUser(db);
    const { id } = await startJob(db, user.id, "optimize", at(0));
    await reportJobProgress(db, id, 0.5, at(1000));
    expect(await getJob(db, user.id, "optimize", id, resultSchema, at(2000))).toMatchObject({ status: "running", progress: 0.5, result: null });
    await finishJob(db, id, { answer: 42 }, at(3000));
    expect(await getJob(db, user.id, "optimize", id, resultSchema, at(4000))).toMatchObject({ status: "done", progress: 1, result: { answer: 42 } });
  });

  it("refuses a second job of the same kind while one runs, and hides jobs from other users", async () => {
    const [user, other] = [await createUser(db), await createUser(db)];
    const { id } = await startJob(db, user.id, "optimize", at(0));
    expect(await errorCode(startJob(db, user.id, "optimize", at(1000)))).toBe("JOB_RUNNING");
    expect(await errorCode(getJob(db, other.id, "optimize", id, resultSchema, at(1000)))).toBe("NOT_FOUND");
    await failJob(db, id, { code: "INTERNAL", message: "boom" }, at(2000));
    expect(await getJob(db, user.id, "optimize", id, resultSchema, at(3000))).toMatchObject({ status: "failed", error: "boom", errorCode: "INTERNAL" });
    await expect(startJob(db, user.id, "optimize", at(4000))).resolves.toHaveProperty("id");
  });

  it("marks a job whose heartbeat stopped as interrupted when polled, and lets it be retried", async () => {
    const user = await createUser(db);
    const { id } = await startJob(db, user.id, "optimize", at(0));
    const later = at(JOB_STALE_MS + 1);
    expect(await getJob(db, user.id, "optimize", id, resultSchema, later)).toMatchObject({ status: "failed", ...INTERRUPTED });
    // a late report from the dead worker changes nothing
    await finishJob(db, id, { answer: 1 }, later);
    expect(await getJob(db, user.id, "optimize", id, resultSchema, later)).toMatchObject({ status: "failed", result: null });
    await expect(startJob(db, user.id, "optimize", later)).resolves.toHaveProperty("id");
  });

  it("a stale running job does not block a new one, which closes it first", async () => {
    const user = await createUser(db);
    const { id } = await startJob(db, user.id, "optimize", at(0));
    await startJob(db, user.id, "optimize", at(JOB_STALE_MS + 1));
    expect(await getJob(db, user.id, "optimize", id, resultSchema, at(JOB_STALE_MS + 2))).toMatchObject({ status: "failed", ...INTERRUPTED });
  });

  it("on startup fails leftovers: all of them on one instance, only stale ones when instances share the database", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    const now = at(10 * JOB_STALE_MS);
    const stale = await startJob(db, a.id, "import", at(0));
    const live = await startJob(db, b.id, "import", new Date(now.getTime() - 1000));
    expect(await failInterruptedJobs(db, { onlyStale: true }, now)).toBeGreaterThanOrEqual(1);
    expect(await getJob(db, a.id, "import", stale.id, resultSchema, now)).toMatchObject({ status: "failed", ...INTERRUPTED });
    expect(await getJob(db, b.id, "import", live.id, resultSchema, now)).toMatchObject({ status: "running" });
    await failInterruptedJobs(db, { onlyStale: false }, now);
    expect(await getJob(db, b.id, "import", live.id, resultSchema, now)).toMatchObject({ status: "failed", ...INTERRUPTED });
  });
});
