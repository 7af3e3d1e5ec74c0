import type { Db } from "../db";

/** The live built-in chapters as choices (export, scope pickers), in course order. */
export async function listChapterOptions(db: Db): Promise<{ id: string; title: string }[]> {
  return db.chapter.findMany({ where: { retiredAt: null }, orderBy: { order: "asc" }, select: { id: true, title: true } });
}
