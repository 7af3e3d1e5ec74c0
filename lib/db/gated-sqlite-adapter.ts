import type Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type { WriteGate } from "./write-gate";

/**
 * Prisma's better-sqlite3 adapter behind a WriteGate (see write-gate.ts): transactions close
 * the gate, every other statement waits for it to be open. `onConnect` receives the adapter's
 * own connection, so the hot path (lib/db/hot-path) can run prepared statements on the same
 * connection, behind the same gate.
 */
export function gatedSqliteFactory(
  config: ConstructorParameters<typeof PrismaBetterSQLite3>[0],
  gate: WriteGate,
  onConnect: (connection: Database.Database | null) => void,
): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3(config);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      onConnect((adapter as unknown as { client: Database.Database }).client);
      return gated(adapter, gate, () => onConnect(null));
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

function gated(adapter: SqlDriverAdapter, gate: WriteGate, onDispose: () => void): SqlDriverAdapter {
  // The inner adapter runs each statement synchronously when called, so "wait, then call"
  // cannot be overtaken by a transaction between the two.
  const outside = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => gate.run(() => fn(...args)) as Promise<R>;
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: outside((query) => adapter.queryRaw(query)),
    executeRaw: outside((query) => adapter.executeRaw(query)),
    executeScript: outside((script) => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    async startTransaction(isolationLevel) {
      const release = await gate.close();
      let tx: Transaction;
      try {
        tx = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      const end = (fn: () => Promise<void>) => async () => {
        try {
          await fn();
        } finally {
          release();
        }
      };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query) => tx.queryRaw(query),
        executeRaw: (query) => tx.executeRaw(query),
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
      };
    },
    async dispose() {
      onDispose();
      await adapter.dispose();
    },
  };
}
