/**
 * Index of the checker specs: exercise id -> its spec, its reference module and the path of its
 * starter. Derived from the folders exercises/<id>/ through the generated registry (see
 * lib/exercises/exercise-folders.ts), so a new folder is picked up everywhere.
 */
export { SPECS, type SpecEntry } from "./registry.generated";
import { SPECS } from "./registry.generated";

export const SPEC_IDS = Object.keys(SPECS);
