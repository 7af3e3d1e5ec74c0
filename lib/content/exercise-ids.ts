/** The exercise ids in catalog order (meta.json `order` of each folder exercises/<id>/); cards link to them. */
export { EXERCISE_IDS } from "../exercises/registry.generated";
import type { EXERCISE_IDS } from "../exercises/registry.generated";

export type ExerciseId = (typeof EXERCISE_IDS)[number];
