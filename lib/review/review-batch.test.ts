import { reviewBatchSuite } from "./review-batch-suite";

// The batch sync on the hot path (what the app runs), on SQLite or PostgreSQL as TEST_DATABASE_URL says.
reviewBatchSuite({ hotPath: true });
