import type { GeneratedCard } from "../content/sync-content";
import type { ExerciseMeta } from "./catalog";

export const exerciseCardId = (exerciseId: string) => `exercise-${exerciseId}`;
export const predictCardId = (exerciseId: string) => `predict-${exerciseId}`;

/** "exercise-lru-cache" → "lru-cache" (and the same for predict cards); null for other cards. */
export function exerciseIdOfCard(cardId: string): { kind: "exercise" | "predict"; exerciseId: string } | null {
  const match = /^(exercise|predict)-(.+)$/.exec(cardId);
  return match ? { kind: match[1] as "exercise" | "predict", exerciseId: match[2] } : null;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Every exercise is a schedulable card (graded by its submissions); those whose checker can
 * generate scripts also get a predict card (a fresh random trace of the reference each review). Both live in the
 * exercise's section so progress and quizzes see them by chapter.
 */
export function exerciseCards(exercises: ExerciseMeta[], predictable: Set<string>): GeneratedCard[] {
  return exercises.flatMap((e) => {
    const title = escapeHtml(e.title);
    const cards: GeneratedCard[] = [
      {
        id: exerciseCardId(e.id),
        sectionId: e.section,
        type: "exercise",
        rendered: { prompt: `<p>Coding exercise: <strong>${title}</strong></p>`, answer: "", explanation: "" },
        frequency: "medium",
        difficulty: e.difficulty,
      },
    ];
    if (predictable.has(e.id)) {
      cards.push({
        id: predictCardId(e.id),
        sectionId: e.section,
        type: "predict",
        rendered: { prompt: `<p>Predict what the reference <strong>${title}</strong> returns.</p>`, answer: "", explanation: "" },
        frequency: "medium",
        difficulty: e.difficulty,
      });
    }
    return cards;
  });
}

/** Problems with exercise metadata that would break the sync (a section that does not exist). */
export function exerciseProblems(exercises: ExerciseMeta[], sectionIds: Set<string>): string[] {
  return exercises.filter((e) => !sectionIds.has(e.section)).map((e) => `exercises/${e.id}/meta.json: section: "${e.section}" is not a content section`);
}
