-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "showBilingualTerms" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Chapter" ADD COLUMN     "summaryZh" TEXT,
ADD COLUMN     "titleZh" TEXT;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "noteHtmlZh" TEXT,
ADD COLUMN     "summaryZh" TEXT,
ADD COLUMN     "titleZh" TEXT;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "renderedZh" TEXT;

