-- CreateTable
CREATE TABLE "ReviewTombstone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "response" TEXT NOT NULL,
    "undoneAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewTombstone_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReviewTombstone_userId_idx" ON "ReviewTombstone"("userId");
