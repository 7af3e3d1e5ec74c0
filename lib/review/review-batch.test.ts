import { reviewBatchSuite } from "./review-batch-suite";

// The batch sync on the SQLite hot path (what the app runs on SQLite).
reviewBatchSuite({ hotPath: true });
