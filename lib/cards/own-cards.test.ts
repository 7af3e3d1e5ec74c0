import { ownCardsSuite } from "./own-cards-suite";

// Own cards and leeches on the SQLite hot path.
ownCardsSuite({ hotPath: true });
