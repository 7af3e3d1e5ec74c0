-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "newPerDay" INTEGER,
    "reviewsPerDay" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "Deck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CardTag" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("userId", "cardId", "tag"),
    CONSTRAINT "CardTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardTag_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Settings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "enableFuzz" BOOLEAN NOT NULL DEFAULT true,
    "learningSteps" TEXT NOT NULL DEFAULT '1m 10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "fsrsWeights" TEXT,
    "previousFsrsWeights" TEXT,
    "optimizedAt" DATETIME,
    "interviewDate" TEXT,
    "interviewScope" TEXT NOT NULL DEFAULT '[]',
    "interviewDailyCap" INTEGER NOT NULL DEFAULT 30,
    "interviewPlanStamp" TEXT,
    "interviewPulled" INTEGER NOT NULL DEFAULT 0,
    "loadBalance" BOOLEAN NOT NULL DEFAULT true,
    "easyDays" TEXT NOT NULL DEFAULT '[1,1,1,1,1,1,1]',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "showBilingualTerms" BOOLEAN NOT NULL DEFAULT false,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "leechAction" TEXT NOT NULL DEFAULT 'suspend',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Settings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Settings" ("desiredRetention", "easyDays", "enableFuzz", "fsrsWeights", "interviewDailyCap", "interviewDate", "interviewPlanStamp", "interviewPulled", "interviewScope", "learningSteps", "loadBalance", "locale", "maximumInterval", "newPerDay", "optimizedAt", "previousFsrsWeights", "relearningSteps", "reviewsPerDay", "showBilingualTerms", "timezone", "updatedAt", "userId") SELECT "desiredRetention", "easyDays", "enableFuzz", "fsrsWeights", "interviewDailyCap", "interviewDate", "interviewPlanStamp", "interviewPulled", "interviewScope", "learningSteps", "loadBalance", "locale", "maximumInterval", "newPerDay", "optimizedAt", "previousFsrsWeights", "relearningSteps", "reviewsPerDay", "showBilingualTerms", "timezone", "updatedAt", "userId" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT,
    "ownerId" TEXT,
    "deckId" TEXT,
    "source" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "globalOrder" INTEGER NOT NULL,
    "rendered" TEXT NOT NULL,
    "renderedZh" TEXT,
    "frequency" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Card_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Card_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("contentHash", "difficulty", "frequency", "globalOrder", "id", "order", "rendered", "renderedZh", "retiredAt", "sectionId", "type") SELECT "contentHash", "difficulty", "frequency", "globalOrder", "id", "order", "rendered", "renderedZh", "retiredAt", "sectionId", "type" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_retiredAt_globalOrder_type_ownerId_id_idx" ON "Card"("retiredAt", "globalOrder", "type", "ownerId", "id");
CREATE INDEX "Card_id_retiredAt_type_idx" ON "Card"("id", "retiredAt", "type");
CREATE INDEX "Card_sectionId_order_idx" ON "Card"("sectionId", "order");
CREATE INDEX "Card_ownerId_deckId_retiredAt_idx" ON "Card"("ownerId", "deckId", "retiredAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deck_userId_deletedAt_idx" ON "Deck"("userId", "deletedAt");

-- CreateIndex
CREATE INDEX "CardTag_userId_tag_cardId_idx" ON "CardTag"("userId", "tag", "cardId");

