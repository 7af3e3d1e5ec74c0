/**
 * Card.globalOrder for an own card. New cards enter the queue in globalOrder; content cards
 * count up from 0, so own cards get negative numbers that grow with their creation time:
 * a card you wrote comes before the course's next new card, and your cards come in the order
 * you wrote them. Seconds since 2026 minus 2^31 - 1 fits PostgreSQL's INTEGER until 2094.
 */
export function ownCardOrder(now: Date): number {
  return Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 1000) - 2_147_483_647;
}
