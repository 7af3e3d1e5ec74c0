/**
 * The PostgreSQL driver adapter for the Prisma CLI only (prisma.config.ts), never the app.
 *
 * `@prisma/adapter-pg` 6.19 cannot run `migrate deploy/status/reset` or `db push`: the schema
 * engine's introspection queries return columns of the catalog types "char" (18), name (19) and
 * their arrays (1002, 1003), which the adapter refuses ("Column type 'name' could not be
 * deserialized", prisma/orm#27403, fixed only in Prisma 7, which drops the JS engine we need).
 * It also splits migration scripts on ";", which breaks any statement with a ";" inside a
 * string or a function body. So this wrapper:
 * - relabels those four column types as text / text[] (their values are plain strings), and
 * - sends each migration script as one multi-statement query.
 * See docs/decisions/0008-postgresql.md.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const RELABEL: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };
// text[] is not in pg's TypeId enum of scalar builtins, but pg-types does register its parser
const parseTextArray = (pg.types.getTypeParser as (oid: number) => (value: string) => unknown)(TEXT_ARRAY);

type Result = { fields?: { dataTypeID: number }[]; rows?: unknown[][] | Record<string, unknown>[] };

export function relabelCatalogTypes(result: Result): Result {
  result.fields?.forEach((field, i) => {
    const to = RELABEL[field.dataTypeID];
    if (to === undefined) return;
    field.dataTypeID = to;
    if (to !== TEXT_ARRAY) return;
    for (const row of result.rows ?? []) {
      const cells = row as unknown[];
      if (Array.isArray(cells) && typeof cells[i] === "string") cells[i] = parseTextArray(cells[i] as string);
    }
  });
  return result;
}

type Queryable = { query: (...args: never[]) => Promise<unknown> };

function relabelAny(result: unknown): unknown {
  if (Array.isArray(result)) return result.map((r) => relabelCatalogTypes(r as Result));
  return result && typeof result === "object" ? relabelCatalogTypes(result as Result) : result;
}

/** Patches `query` in both its promise and its callback forms (pg's pool uses the latter). */
function patchQuery<T extends Queryable>(target: T): T {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      return original(...args.slice(0, -1), (err: unknown, res: unknown) => callback(err, err ? res : relabelAny(res)));
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(relabelAny) : out;
  };
  return target;
}

export class PrismaPgForCli extends PrismaPg {
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    const pool = patchQuery(new pg.Pool({ connectionString, max: 2 }));
    // clients checked out for transactions get the same treatment
    pool.on("connect", (client) => void patchQuery(client));
    super(pool, { disposeExternalPool: true });
    this.pool = pool;
  }

  override async connect() {
    const adapter = await super.connect();
    const pool = this.pool;
    // one simple-protocol query per script: PostgreSQL runs it as one implicit transaction
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }
}
