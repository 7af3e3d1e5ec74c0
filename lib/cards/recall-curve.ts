import { forgetting_curve } from "ts-fsrs";

const DAY_MS = 86_400_000;

export type CurveReview = { at: Date; stabilityAfter: number };
export type CurvePoint = { at: string; recall: number };

/**
 * The predicted probability of recall over time (ts-fsrs's forgetting curve): after each
 * review it starts at 1 and decays with the stability that review produced, until the next
 * review, and after the last one until `until`. `samples` points per segment. Pure.
 */
export function recallCurve(reviews: CurveReview[], until: Date, weights: readonly number[], samples = 24): CurvePoint[] {
  const points: CurvePoint[] = [];
  reviews.forEach((review, i) => {
    const end = i + 1 < reviews.length ? reviews[i + 1].at : until;
    const span = Math.max(0, end.getTime() - review.at.getTime());
    if (review.stabilityAfter <= 0) return;
    for (let k = 0; k <= samples; k++) {
      const t = (span * k) / samples;
      points.push({ at: new Date(review.at.getTime() + t).toISOString(), recall: forgetting_curve([...weights], t / DAY_MS, review.stabilityAfter) });
    }
  });
  return points;
}
