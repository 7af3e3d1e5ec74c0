-- DropIndex
DROP INDEX "Card_retiredAt_globalOrder_idx";

-- CreateIndex
CREATE INDEX "Card_retiredAt_globalOrder_type_id_idx" ON "Card"("retiredAt", "globalOrder", "type", "id");

-- CreateIndex
CREATE INDEX "Card_id_retiredAt_type_idx" ON "Card"("id", "retiredAt", "type");

-- CreateIndex
CREATE INDEX "UserCard_userId_state_due_suspended_buriedUntil_cardId_idx" ON "UserCard"("userId", "state", "due", "suspended", "buriedUntil", "cardId");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_state_review_idx" ON "ReviewLog"("userId", "state", "review");

