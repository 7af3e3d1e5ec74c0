import { CARD_STATE_NAMES, type CardStateName } from "../review/vocabulary";

/** A translator for the `vocabulary` catalog namespace. */
export type VocabularyTranslate = (key: `state${CardStateName}` | `rating${1 | 2 | 3 | 4}` | `level${Capitalize<Level>}`) => string;

const LEVELS = ["high", "medium", "low", "easy", "hard"] as const;
type Level = (typeof LEVELS)[number];

/**
 * A card state as the API names it ("Relearning") in the UI's language. The API keeps the
 * English names (clients read them); an unknown name is shown as it came.
 */
export function wordCardState(state: string, t: VocabularyTranslate): string {
  return (CARD_STATE_NAMES as readonly string[]).includes(state) ? t(`state${state as CardStateName}`) : state;
}

/** A review rating (1 Again … 4 Easy) in the UI's language; anything else as a number. */
export function wordRating(rating: number, t: VocabularyTranslate): string {
  return rating === 1 || rating === 2 || rating === 3 || rating === 4 ? t(`rating${rating}`) : String(rating);
}

/** A card's interview frequency or difficulty ("high", "easy", …) in the UI's language; anything else as it came. */
export function wordLevel(level: string, t: VocabularyTranslate): string {
  return (LEVELS as readonly string[]).includes(level) ? t(`level${(level[0].toUpperCase() + level.slice(1)) as Capitalize<Level>}`) : level;
}
