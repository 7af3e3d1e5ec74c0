// Web Worker: runs the retention simulator (ts-fsrs) off the main thread, so the settings page
// stays responsive while thousands of cards are simulated for every retention.
import { simulateRetention, type SimulationInput } from "@/lib/scheduler/simulate-retention";

type Request = { input: SimulationInput; retentions: number[]; days: number };

self.onmessage = (event: MessageEvent<Request>) => {
  const { input, retentions, days } = event.data;
  const started = performance.now();
  const series = retentions.map((retention) => simulateRetention(input, retention, days));
  self.postMessage({ series, ms: performance.now() - started });
};
