-- AlterTable
ALTER TABLE "Settings" ADD COLUMN     "easyDays" TEXT NOT NULL DEFAULT '[1,1,1,1,1,1,1]',
ADD COLUMN     "interviewDailyCap" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "interviewDate" TEXT,
ADD COLUMN     "interviewPlanStamp" TEXT,
ADD COLUMN     "interviewPulled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "interviewScope" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "loadBalance" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "chosenDue" TIMESTAMP(3);

