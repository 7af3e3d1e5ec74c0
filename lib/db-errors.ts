/** Prisma's "unique constraint failed" (P2002) and "record to update not found" (P2025). */
export function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined;
}

export const isUniqueViolation = (error: unknown) => prismaCode(error) === "P2002";
export const isRecordNotFound = (error: unknown) => prismaCode(error) === "P2025";
