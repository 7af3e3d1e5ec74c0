// Runs in a worker_threads worker (plain JavaScript, so the app, scripts and tests load it
// alike): fits FSRS weights with fsrs-rs and measures, on the same held-out reviews, how well
// the fitted weights and the user's current ones predict recall. Protocol in run-fit.ts.
import { parentPort, workerData } from "node:worker_threads";
import { computeParameters, evaluateWithTimeSeriesSplits, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";

// fsrs-rs's time-series split: 6 segments in time order, each of the last 5 predicted by
// weights trained on everything before it. The current weights are scored on the same 5.
const SEGMENTS = 6;

const { items, current } = workerData;
const post = (message) => parentPort.postMessage(message);

let lastSent = -1;
const progress = (from, to) => (done, total) => {
  const value = from + (to - from) * (total > 0 ? done / total : 0);
  if (value - lastSent >= 0.01) {
    lastSent = value;
    post({ type: "progress", value });
  }
};

try {
  const bindingItems = items.map((reviews) => new FSRSBindingItem(reviews.map(([rating, deltaT]) => new FSRSBindingReview(rating, deltaT))));
  const heldOut = bindingItems.slice(Math.floor(bindingItems.length / SEGMENTS));
  const fittedEval = await evaluateWithTimeSeriesSplits(bindingItems, { enableShortTerm: true, progress: progress(0, 0.8) });
  // fsrs-rs reports nothing for small histories (under one 512-item batch): mark the phase
  progress(0, 0.8)(1, 1);
  const parameters = await computeParameters(bindingItems, { enableShortTerm: true, progress: progress(0.8, 0.99) });
  const currentEval = new FSRSBinding(current).evaluate(heldOut);
  post({
    type: "done",
    parameters,
    current: { logLoss: currentEval.logLoss, rmseBins: currentEval.rmseBins },
    fitted: { logLoss: fittedEval.logLoss, rmseBins: fittedEval.rmseBins },
  });
} catch (error) {
  post({ type: "error", message: error instanceof Error ? error.message : String(error) });
}
