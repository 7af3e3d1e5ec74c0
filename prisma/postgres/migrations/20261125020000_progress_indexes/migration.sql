-- DropIndex
DROP INDEX "ReviewLog_userId_day_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_day_durationMs_idx" ON "ReviewLog"("userId", "day", "durationMs");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_state_scheduledDays_rating_idx" ON "ReviewLog"("userId", "state", "scheduledDays", "rating");

