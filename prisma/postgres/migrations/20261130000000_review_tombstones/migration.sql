-- CreateTable
CREATE TABLE "ReviewTombstone" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "response" TEXT NOT NULL,
    "undoneAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewTombstone_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewTombstone_userId_idx" ON "ReviewTombstone"("userId");

-- AddForeignKey
ALTER TABLE "ReviewTombstone" ADD CONSTRAINT "ReviewTombstone_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

