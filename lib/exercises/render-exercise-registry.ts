/**
 * The text of lib/exercises/registry.generated.ts for a list of exercise ids (catalog order).
 * Pure, so that the registry test can compare it with the file on disk.
 */
export function renderExerciseRegistry(ids: string[]): string {
  const entries = ids.map(
    (id) =>
      `  ${JSON.stringify(id)}: {\n` +
      `    spec: async () => (await import("../../exercises/${id}/spec")).spec,\n` +
      `    reference: async () => (await import("../../exercises/${id}/reference")) as ModuleExports,\n` +
      `    starterPath: "exercises/${id}/starter.ts",\n` +
      `  },\n`,
  );
  return (
    "// GENERATED from the folders exercises/<id>/ by scripts/generate-exercise-registry.ts — do not edit.\n" +
    "// Run `npm run exercises:registry` after adding or renaming an exercise folder (a test fails until you do).\n" +
    'import type { ExerciseSpec, ModuleExports } from "./engine/types";\n\n' +
    "export type SpecEntry = {\n  spec: () => Promise<ExerciseSpec>;\n  reference: () => Promise<ModuleExports>;\n  starterPath: string;\n};\n\n" +
    "/** Exercise ids in catalog order (meta.json `order`). */\n" +
    `export const EXERCISE_IDS = [\n${ids.map((id) => `  ${JSON.stringify(id)},\n`).join("")}] as const;\n\n` +
    "/** Lazy imports: one exercise's modules load only when checked (esbuild still bundles them all). */\n" +
    `export const SPECS: Record<string, SpecEntry> = {\n${entries.join("")}};\n`
  );
}
