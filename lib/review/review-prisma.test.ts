import { reviewSuite } from "./review-suite";

// The same behaviour through Prisma only: the path databases without a hot path use.
reviewSuite({ hotPath: false });
