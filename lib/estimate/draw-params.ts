import { seededRandom } from "../random/seeded-random";
import type { EstimateParam } from "./estimate-schema";

/** The parameters of one review: each drawn uniformly from its grid or list, in declaration order. */
export function drawParams(params: Record<string, EstimateParam>, seed: number): Record<string, number> {
  const random = seededRandom(seed);
  const drawn: Record<string, number> = {};
  for (const [name, p] of Object.entries(params)) {
    if (p.values) {
      drawn[name] = p.values[Math.floor(random() * p.values.length)];
    } else {
      const points = Math.round((p.max! - p.min!) / p.step!) + 1;
      // toPrecision strips float noise (0.1 + 0.2) so the prompt shows the value the maths uses.
      drawn[name] = Number((p.min! + p.step! * Math.floor(random() * points)).toPrecision(12));
    }
  }
  return drawn;
}
