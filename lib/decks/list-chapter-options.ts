import type { Db } from "../db";

/**
 * The live built-in chapters as choices (export, scope pickers), in course order, titled in
 * the UI's language (English where a chapter has no Chinese title yet).
 */
export async function listChapterOptions(db: Db, locale: string): Promise<{ id: string; title: string }[]> {
  const chapters = await db.chapter.findMany({ where: { retiredAt: null }, orderBy: { order: "asc" }, select: { id: true, title: true, titleZh: true } });
  return chapters.map(({ id, title, titleZh }) => ({ id, title: (locale === "zh" && titleZh) || title }));
}
