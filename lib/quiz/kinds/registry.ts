import { estimateKind } from "./estimate";
import { mcqKind } from "./mcq";
import type { QuizKind } from "./quiz-kind";
import { predictKind } from "./predict";
import { recallKind } from "./recall";

const kinds = new Map<string, QuizKind>([mcqKind, recallKind, predictKind, estimateKind].map((k) => [k.kind, k]));

export function quizKind(kind: string): QuizKind {
  const found = kinds.get(kind);
  if (!found) throw new Error(`unknown quiz question kind "${kind}"`);
  return found;
}

/** Which kind asks a content card of this type. */
export function kindForCardType(type: string): string {
  if (type === "mcq" || type === "predict" || type === "estimate") return type;
  return "recall";
}
