// The hot path's SQL is written once, in a subset both databases run (see flow.ts); this turns
// it into PostgreSQL's dialect. The subset: `?` or `@name` placeholders (never both in one
// statement), TRUE/FALSE for Boolean columns, aliased subqueries, and three SQLite-only pieces
// that are rewritten here:
// - `INDEXED BY "<index>"` (a planner hint for SQLite without ANALYZE statistics): dropped;
// - `CROSS JOIN … ON` (SQLite's way to fix the join order): a plain JOIN;
// - `json_each(@ids)` over a JSON array of text: json_array_elements_text, whose column is also "value".
import type { Params, Statement } from "./flow";

export type PostgresSql = { text: string; /** the order of named parameters, or null for positional ones */ names: string[] | null };

export function toPostgresSql(sql: string): PostgresSql {
  let text = sql
    .replace(/\s+INDEXED BY "[^"]+"/g, "")
    .replace(/CROSS JOIN/g, "JOIN")
    .replace(/json_each\((@\w+)\)/g, "json_array_elements_text(CAST($1 AS json))");
  const positional = /\?/.test(text);
  const named = /@\w+/.test(text);
  if (positional && named) throw new Error("a hot-path statement mixes ? and @name placeholders");
  if (positional) {
    let n = 0;
    return { text: text.replace(/\?/g, () => `$${++n}`), names: null };
  }
  const names: string[] = [];
  text = text.replace(/@(\w+)/g, (_, name: string) => {
    const at = names.indexOf(name);
    return `$${(at >= 0 ? at : names.push(name) - 1) + 1}`;
  });
  return { text, names };
}

const cache = new WeakMap<Statement, PostgresSql>();

/** The statement's PostgreSQL text and its parameters as a positional list. */
export function postgresQuery(statement: Statement, params: Params): { text: string; values: unknown[] } {
  let sql = cache.get(statement);
  if (!sql) {
    sql = statement.postgres ? { text: statement.postgres, names: null } : toPostgresSql(statement.text);
    cache.set(statement, sql);
  }
  if (sql.names === null) {
    if (!Array.isArray(params)) throw new Error(`statement ${statement.key} takes positional parameters`);
    return { text: sql.text, values: [...params] };
  }
  const byName = params as Record<string, unknown>;
  return {
    text: sql.text,
    values: sql.names.map((name) => {
      if (!(name in byName)) throw new Error(`statement ${statement.key} needs @${name}`);
      return byName[name];
    }),
  };
}
