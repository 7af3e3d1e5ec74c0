/** Node worker_threads entry: runs one CheckRequest (from workerData) and posts the response. */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckRequest } from "./engine/protocol";
import { runCheckRequest } from "./run-request";

void runCheckRequest(workerData as CheckRequest).then((res) => parentPort!.postMessage(res));
