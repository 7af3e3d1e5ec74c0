/**
 * One registry: the folders exercises/<id>/ are the only list of exercises. This fails when a folder
 * is incomplete, when two share an order, or when the generated registry (used by the browser
 * bundle, the worker, the CLI and the proof) is stale.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { listExercises } from "./catalog";
import { listExerciseFolders, missingExerciseFiles } from "./exercise-folders";
import { renderExerciseRegistry } from "./render-exercise-registry";
import { EXERCISE_IDS, SPECS } from "./registry.generated";

const root = path.resolve(import.meta.dirname, "../..");
const folders = listExerciseFolders(path.join(root, "exercises"));

describe("the exercise registry", () => {
  test("every folder is a complete exercise: meta, prompt, spec, reference, starter and three fixtures", () => {
    const incomplete = folders.map((f) => ({ id: f.id, missing: missingExerciseFiles(f) })).filter((f) => f.missing.length);
    expect(incomplete).toEqual([]);
    expect(folders.length).toBeGreaterThan(0);
  });

  test("every meta.json has its folder's id and a unique catalog order", () => {
    const metas = listExercises(path.join(root, "exercises"));
    expect(metas.map((m) => m.id).sort()).toEqual(folders.map((f) => f.id).sort());
    for (const m of metas) expect(m.order, `${m.id}: meta.json needs an integer "order"`).toEqual(expect.any(Number));
    const orders = folders.map((f) => f.order);
    expect(new Set(orders).size, "two exercises share an order").toBe(orders.length);
  });

  test("the generated registry matches the folders (else run `npm run exercises:registry`)", () => {
    const onDisk = readFileSync(path.join(import.meta.dirname, "registry.generated.ts"), "utf8");
    expect(onDisk).toBe(renderExerciseRegistry(folders.map((f) => f.id)));
    expect([...EXERCISE_IDS]).toEqual(folders.map((f) => f.id));
  });

  // importing every spec and reference takes a while on a busy machine (transform on first load)
  test("each spec names its own folder, and its reference loads", { timeout: 300_000 }, async () => {
    for (const id of Object.keys(SPECS)) {
      const spec = await SPECS[id].spec();
      expect(spec.id).toBe(id);
      expect(Object.keys(await SPECS[id].reference())).toEqual(expect.arrayContaining(spec.exports));
    }
  });
});
