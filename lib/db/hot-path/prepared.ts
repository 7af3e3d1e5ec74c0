import type Database from "better-sqlite3";

/**
 * Statements prepared once per connection and reused: preparing is a large share of a
 * small query's cost, and Prisma's adapter prepares afresh every time. The adapter turns on
 * safe integers (BigInt) for its connection; our statements read plain numbers.
 */
export function preparedFor<T extends Record<string, Database.Statement>>(define: (sql: (text: string) => Database.Statement) => T): (sqlite: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let prepared = cache.get(sqlite);
    if (!prepared) {
      const sql = (text: string) => {
        const statement = sqlite.prepare(text);
        return statement.reader ? statement.safeIntegers(false) : statement;
      };
      prepared = define(sql);
      cache.set(sqlite, prepared);
    }
    return prepared;
  };
}
