import type Database from "better-sqlite3";

// Statements are prepared once per connection and reused: preparing is a large share of a small
// query's cost, and Prisma's adapter prepares afresh every time. The adapter turns on safe
// integers (BigInt) for its connection; our statements read plain numbers.
const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `text` on `sqlite`, prepared on first use. */
export function prepared(sqlite: Database.Database, text: string): Database.Statement {
  let cache = byConnection.get(sqlite);
  if (!cache) byConnection.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) {
    statement = sqlite.prepare(text);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(text, statement);
  }
  return statement;
}

/** A named set of statements, prepared on first use per connection (see `prepared`). */
export function preparedFor<T extends Record<string, Database.Statement>>(define: (sql: (text: string) => Database.Statement) => T): (sqlite: Database.Database) => T {
  const sets = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let set = sets.get(sqlite);
    if (!set) sets.set(sqlite, (set = define((text) => prepared(sqlite, text))));
    return set;
  };
}
