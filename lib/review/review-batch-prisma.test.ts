import { reviewBatchSuite } from "./review-batch-suite";

// The same batch sync through Prisma only: the path PostgreSQL uses.
reviewBatchSuite({ hotPath: false });
