import { reviewSuite } from "./review-suite";

// The review behaviour on the SQLite hot path (what the app runs on SQLite).
reviewSuite({ hotPath: true });
