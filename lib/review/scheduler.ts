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
  /** FSRS weights fitted to the user, when they adopted a fit; absent means FSRS_WEIGHTS. */
  w?: number[];
};

/** ts-fsrs's default FSRS weights: everyone's until they adopt weights fitted to their own history. */
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
    // Stored on every review only once the user has their own weights, so a review graded
    // with the defaults looks exactly as before fitting existed.
    ...(settings.fsrsWeights ? { w: [...settings.fsrsWeights] } : {}),
  };
}

export function fullParameters(snapshot: SchedulerSnapshot, w: readonly number[] = snapshot.w ?? FSRS_WEIGHTS): FSRSParameters {
  return generatorParameters({ ...snapshot, w: [...w] });
}

const cache = new Map<string, FSRS>();

/** A ts-fsrs scheduler for these parameters (memoised: building one validates and clips weights). */
export function schedulerFor(snapshot: SchedulerSnapshot, w: readonly number[] = snapshot.w ?? FSRS_WEIGHTS): FSRS {
  const key = JSON.stringify([snapshot, w]);
  let scheduler = cache.get(key);
  if (!scheduler) {
    scheduler = fsrs(fullParameters(snapshot, w));
    if (cache.size > 100) cache.clear();
    cache.set(key, scheduler);
  }
  return scheduler;
}
