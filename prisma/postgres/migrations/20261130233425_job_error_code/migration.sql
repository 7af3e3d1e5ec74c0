-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "errorCode" TEXT;

