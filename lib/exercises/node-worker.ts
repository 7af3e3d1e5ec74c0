/** Node worker_threads entry: runs one CheckRequest (from workerData) and posts the response. */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckRequest } from "./engine/protocol";
import { runCheckRequest } from "./run-request";
import { threadCpuClock } from "./thread-cpu-clock";
import { currentThreadId } from "./thread-cpu-time";
import { stabilizePerfHeap } from "./perf-heap";

// The runner limits this thread's CPU time, not wall time: tell it which thread to watch.
parentPort!.postMessage({ type: "thread", tid: currentThreadId() });

// Perf samples count this thread's CPU time, not time spent waiting while other processes ran,
// on a heap without pretenuring, with prepared inputs promoted where a case asks (perf-heap.ts).
const host = { perfClock: threadCpuClock() ?? undefined, perfSettle: stabilizePerfHeap() ?? undefined, propertyTimeLimitMs: null };
void runCheckRequest(workerData as CheckRequest, host).then((res) => parentPort!.postMessage(res));
