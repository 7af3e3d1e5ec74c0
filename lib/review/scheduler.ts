import { default_w, fsrs, generatorParameters, type FSRS, type FSRSParameters, type StepUnit } from "ts-fsrs";
import type { UserSettings } from "../settings/get-settings";
import { sanitizeSettings } from "../settings/sanitize-settings";

/** The per-review snapshot of scheduler parameters, stored on every review-log row. */
export type SchedulerSnapshot = {
  request_retention: number;
  maximum_interval: number;
  enable_fuzz: boolean;
  enable_short_term: boolean;
  learning_steps: StepUnit[];
  relearning_steps: StepUnit[];
};

/** FSRS weights: ts-fsrs's defaults until per-user optimisation exists; exported with the data. */
export const FSRS_WEIGHTS: readonly number[] = default_w;

const steps = (s: string) => s.split(/\s+/).filter(Boolean) as StepUnit[];

/** Sanitized again here: whatever path read the settings, ts-fsrs never sees an out-of-bounds value. */
export function snapshotFromSettings(stored: UserSettings): SchedulerSnapshot {
  const settings = sanitizeSettings(stored);
  return {
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: steps(settings.learningSteps),
    relearning_steps: steps(settings.relearningSteps),
  };
}

export function fullParameters(snapshot: SchedulerSnapshot, w: readonly number[] = FSRS_WEIGHTS): FSRSParameters {
  return generatorParameters({ ...snapshot, w: [...w] });
}

const cache = new Map<string, FSRS>();

/** A ts-fsrs scheduler for these parameters (memoised: building one validates and clips weights). */
export function schedulerFor(snapshot: SchedulerSnapshot, w: readonly number[] = FSRS_WEIGHTS): FSRS {
  const key = JSON.stringify([snapshot, w]);
  let scheduler = cache.get(key);
  if (!scheduler) {
    scheduler = fsrs(fullParameters(snapshot, w));
    if (cache.size > 100) cache.clear();
    cache.set(key, scheduler);
  }
  return scheduler;
}
