import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/progress-bar";
import { requirePageUserId } from "@/lib/auth/session.server";
import { db } from "@/lib/db.server";
import { getChapterProgress } from "@/lib/progress/get-chapter-progress";

type Params = { params: Promise<{ chapterId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { chapterId } = await params;
  const chapter = await db.chapter.findUnique({ where: { id: chapterId }, select: { title: true } });
  return { title: chapter?.title ?? "Chapter" };
}

export default async function ChapterPage({ params }: Params) {
  const { chapterId } = await params;
  const userId = await requirePageUserId(`/chapters/${chapterId}`);
  const chapter = (await getChapterProgress(db, userId)).find((c) => c.id === chapterId);
  const t = await getTranslations("chapters");
  const header = await getTranslations("header");
  if (!chapter) notFound();
  return (
    <div>
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-500"><Link href="/" className="hover:underline">{header("home")}</Link> / {chapter.title}</nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{chapter.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{chapter.summary}</p>
      <ol className="mt-6 space-y-3">
        {chapter.sections.map((section) => (
          <li key={section.id}>
            <Link href={`/chapters/${chapter.id}/${section.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900">
              <div className="flex items-baseline justify-between gap-3">
                <h2 className="font-semibold">{section.title}</h2>
                <span className="text-xs tabular-nums text-slate-500">{t("startedMature", { seen: section.seen, total: section.total, mature: section.mature })}</span>
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{section.summary}</p>
              <div className="mt-3"><ProgressBar value={section.seen} total={section.total} label={t("progressLabel", { name: section.title })} /></div>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
