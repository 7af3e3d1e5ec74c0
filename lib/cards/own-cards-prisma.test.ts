import { ownCardsSuite } from "./own-cards-suite";

// The same through Prisma only (the path PostgreSQL takes).
ownCardsSuite({ hotPath: false });
