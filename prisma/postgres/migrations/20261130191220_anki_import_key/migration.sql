-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "importKey" TEXT;

-- CreateTable
CREATE TABLE "MediaFile" (
    "userId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaFile_pkey" PRIMARY KEY ("userId","sha256")
);

-- CreateIndex
CREATE UNIQUE INDEX "Card_ownerId_importKey_key" ON "Card"("ownerId", "importKey");

-- AddForeignKey
ALTER TABLE "MediaFile" ADD CONSTRAINT "MediaFile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

