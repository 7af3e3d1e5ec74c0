/**
 * Node only, Linux: the CPU time a thread of this process has used, read from
 * /proc/self/task/<tid>/schedstat (updated at scheduler ticks: fine for a time limit, too coarse
 * for perf samples — those use thread-cpu-clock.ts). Lets the runner stop a solution after N
 * seconds of *its own* CPU time, so a loaded machine does not turn slow checks into timeouts.
 */
import { readFileSync, readlinkSync } from "node:fs";

/** The calling thread's id, or null where /proc/thread-self does not exist. */
export function currentThreadId(): number | null {
  try {
    const m = /task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** CPU time (ms) used so far by thread `tid` of this process, or null if unreadable. */
export function threadCpuMs(tid: number): number | null {
  try {
    const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "latin1").split(" ")[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
