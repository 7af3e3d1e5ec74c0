-- DropForeignKey
ALTER TABLE "Card" DROP CONSTRAINT "Card_sectionId_fkey";

-- DropIndex
DROP INDEX "Card_retiredAt_globalOrder_type_id_idx";

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "leechAction" TEXT NOT NULL DEFAULT 'suspend',
ADD COLUMN     "leechThreshold" INTEGER NOT NULL DEFAULT 8;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "deckId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "source" TEXT,
ALTER COLUMN "sectionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "newPerDay" INTEGER,
    "reviewsPerDay" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardTag" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "CardTag_pkey" PRIMARY KEY ("userId","cardId","tag")
);

-- CreateIndex
CREATE INDEX "Deck_userId_deletedAt_idx" ON "Deck"("userId", "deletedAt");

-- CreateIndex
CREATE INDEX "CardTag_userId_tag_cardId_idx" ON "CardTag"("userId", "tag", "cardId");

-- CreateIndex
CREATE INDEX "Card_retiredAt_globalOrder_type_ownerId_id_idx" ON "Card"("retiredAt", "globalOrder", "type", "ownerId", "id");

-- CreateIndex
CREATE INDEX "Card_ownerId_deckId_retiredAt_idx" ON "Card"("ownerId", "deckId", "retiredAt");

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardTag" ADD CONSTRAINT "CardTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardTag" ADD CONSTRAINT "CardTag_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

