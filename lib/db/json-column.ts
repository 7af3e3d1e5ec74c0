import { z } from "zod";
import { BoundedCache } from "../bounded-cache";

/** A JSON array of ids (Section.exercises, Quiz.chapterIds). */
export const idListSchema = z.array(z.string());

/**
 * The one way to read a JSON text column: parsed and checked against its schema, so a row
 * written by an older version (or by hand) fails here, by column name, instead of as an
 * `undefined` deep inside the app. Never `JSON.parse(…) as T`.
 */
export function readJsonColumn<S extends z.ZodType>(schema: S, text: string, column: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${column}: stored value is not JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${column}: stored value does not match its schema: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * readJsonColumn memoised by the stored text, for columns read on every request whose text
 * repeats (rendered content). Callers must not mutate what it returns.
 */
export function cachedJsonColumnReader<S extends z.ZodType>(schema: S, column: string, generationSize = 10_000): (text: string) => z.infer<S> {
  const cache = new BoundedCache<string, z.infer<S>>(generationSize);
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = readJsonColumn(schema, text, column);
      cache.set(text, value);
    }
    return value;
  };
}
