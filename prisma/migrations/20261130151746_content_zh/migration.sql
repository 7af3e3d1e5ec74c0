-- AlterTable
ALTER TABLE "Chapter" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Chapter" ADD COLUMN "titleZh" TEXT;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN "noteHtmlZh" TEXT;
ALTER TABLE "Section" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Section" ADD COLUMN "titleZh" TEXT;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN "renderedZh" TEXT;

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
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Settings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Settings" ("desiredRetention", "easyDays", "enableFuzz", "fsrsWeights", "interviewDailyCap", "interviewDate", "interviewPlanStamp", "interviewPulled", "interviewScope", "learningSteps", "loadBalance", "maximumInterval", "newPerDay", "optimizedAt", "previousFsrsWeights", "relearningSteps", "reviewsPerDay", "timezone", "updatedAt", "userId") SELECT "desiredRetention", "easyDays", "enableFuzz", "fsrsWeights", "interviewDailyCap", "interviewDate", "interviewPlanStamp", "interviewPulled", "interviewScope", "learningSteps", "loadBalance", "maximumInterval", "newPerDay", "optimizedAt", "previousFsrsWeights", "relearningSteps", "reviewsPerDay", "timezone", "updatedAt", "userId" FROM "Settings";
DROP TABLE "Settings";
ALTER TABLE "new_Settings" RENAME TO "Settings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

