import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionCardList } from "@/components/section-card-list";
import { requirePageUserId } from "@/lib/auth/session.server";
import { getSection } from "@/lib/content/get-section";
import { db } from "@/lib/db.server";
import { AppError } from "@/lib/errors";
import { listExercises } from "@/lib/exercises/catalog";

type Params = { params: Promise<{ chapterId: string; sectionId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { sectionId } = await params;
  const section = await db.section.findUnique({ where: { id: sectionId }, select: { title: true } });
  return { title: section?.title ?? "Section" };
}

async function load(userId: string, chapterId: string, sectionId: string) {
  try {
    return await getSection(db, userId, chapterId, sectionId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SectionPage({ params }: Params) {
  const { chapterId, sectionId } = await params;
  const userId = await requirePageUserId(`/chapters/${chapterId}/${sectionId}`);
  const section = await load(userId, chapterId, sectionId);
  // Exercises the section or any of its cards links to, in catalog order.
  const linked = new Set([...section.exercises, ...section.cards.flatMap((c) => c.content.exercises ?? [])]);
  const related = listExercises().filter((e) => linked.has(e.id));
  const t = await getTranslations("chapters");
  const header = await getTranslations("header");
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-500">
        <Link href="/" className="hover:underline">{header("home")}</Link> / <Link href={`/chapters/${section.chapter.id}`} className="hover:underline">{section.chapter.title}</Link> / {section.title}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{section.title}</h1>
      <p className="mt-1 text-sm text-slate-500">{t("seedHeading")} <span lang="zh">{section.seedHeading}</span></p>
      <div className="md mt-6 max-w-3xl" dangerouslySetInnerHTML={{ __html: section.noteHtml }} />
      {related.length > 0 && (
        <aside aria-label={t("relatedExercises")} className="mt-8 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 className="font-semibold">{t("practise")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {related.map((e) => (
              <li key={e.id}>
                <Link href={`/exercises/${e.id}`} className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:border-brand-500 dark:border-slate-700">{e.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <h2 className="mt-10 text-xl font-semibold">{t("cards")} <span className="text-base font-normal text-slate-500">({section.cards.length})</span></h2>
      <SectionCardList cards={section.cards} />
    </article>
  );
}
