import { reviewBatchSuite } from "./review-batch-suite";

// The same batch sync through Prisma only, which the hot path must agree with.
reviewBatchSuite({ hotPath: false });
