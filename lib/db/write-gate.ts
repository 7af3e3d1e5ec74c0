/**
 * One gate per SQLite connection. Prisma's better-sqlite3 adapter shares a single connection,
 * and its batch transactions (BEGIN … await … COMMIT) only lock each other out: any other
 * statement that ran while one was open joined it, and was rolled back with it. Everything
 * that touches the connection outside a transaction first waits for the gate to be open;
 * a Prisma transaction holds it closed from BEGIN to COMMIT/ROLLBACK.
 */
export class WriteGate {
  private holder: Promise<void> | null = null;

  get closed(): boolean {
    return this.holder !== null;
  }

  /**
   * Runs `fn` as soon as nothing holds the gate. The check and the call happen in the same
   * synchronous step, so a transaction cannot slip in between.
   */
  async run<T>(fn: () => T): Promise<Awaited<T>> {
    while (this.holder) await this.holder;
    return await fn();
  }

  /** Closes the gate until the returned release is called. */
  async close(): Promise<() => void> {
    while (this.holder) await this.holder;
    let release!: () => void;
    this.holder = new Promise<void>((resolve) => {
      release = () => {
        this.holder = null;
        resolve();
      };
    });
    return release;
  }
}
