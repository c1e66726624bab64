import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

/**
 * How long one SQLite statement waits for another connection's write lock before giving up with SQLITE_BUSY.
 * better-sqlite3 waits synchronously (the event loop of the server is blocked while it waits), so this stays short;
 * longer contention is absorbed by writeTransaction's retries, which wait without blocking (lib/db/write.ts).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2000;
/** A write transaction that holds the lock longer than this is reported (other writers wait that long). */
const SLOW_TRANSACTION_MS = 1000;
/** A command-line tool (ingest) blocks nobody else by waiting, so it waits longer before retrying. */
export const SQLITE_CLI_BUSY_TIMEOUT_MS = 10_000;

/** The part of a better-sqlite3 connection this module touches. */
interface SqliteConnection {
  pragma(source: string, options?: { simple?: boolean }): unknown;
  prepare(sql: string): unknown;
}

function isSqliteConnection(x: unknown): x is SqliteConnection {
  return typeof x === 'object' && x !== null && typeof (x as SqliteConnection).pragma === 'function' && typeof (x as SqliteConnection).prepare === 'function';
}

/**
 * SQL as Prisma sends it → SQL as this project runs it on SQLite:
 * - `BEGIN` → `BEGIN IMMEDIATE`: a transaction takes the write lock when it starts, waiting (busy_timeout) for it.
 *   A deferred transaction that reads and then writes cannot wait: SQLite answers SQLITE_BUSY at once when another
 *   connection wrote in between, which is how review actions failed while an ingest ran.
 * - `LIKE ?` → `LIKE ? ESCAPE '\'`: PostgreSQL's LIKE already treats `\` as the escape character; SQLite has none
 *   unless told, so a search for "%" would match everything. With this, lib/data/like.ts escapes one way for both.
 */
export function rewriteSql(sql: string): string {
  if (sql === 'BEGIN') return 'BEGIN IMMEDIATE';
  return sql.includes(' LIKE ') ? sql.replace(/ LIKE (\?|\$\d+)/g, " LIKE $1 ESCAPE '\\'") : sql;
}

/** Settings every connection gets: WAL (readers never wait for the writer, nor it for them) and a busy timeout. */
export function configureConnection(connection: SqliteConnection, busyTimeoutMs: number = SQLITE_BUSY_TIMEOUT_MS): void {
  // The busy timeout first: a connection opened while another process holds the write lock must wait for it even
  // in the journal_mode pragma below (with the default timeout of 0 that pragma fails at once: "database is locked").
  connection.pragma(`busy_timeout = ${Math.max(0, Math.round(busyTimeoutMs))}`);
  // WAL is a property of the file (it persists), but asking on every connection is cheap and makes a database
  // restored from a backup or created by another tool WAL too. An in-memory database stays "memory".
  // Asked first: switching needs the write lock, reading the mode does not.
  if (connection.pragma('journal_mode', { simple: true }) !== 'wal') connection.pragma('journal_mode = WAL');
  const prepare = connection.prepare.bind(connection);
  let begunAt: number | null = null;
  connection.prepare = (sql: string) => {
    if (sql === 'BEGIN') begunAt = Date.now();
    else if (begunAt !== null && (sql === 'COMMIT' || sql === 'ROLLBACK')) {
      // Every other writer waits while a transaction holds the write lock: say so when one holds it long.
      const held = Date.now() - begunAt;
      if (held > SLOW_TRANSACTION_MS) console.warn(`ctstats: a write transaction held the SQLite write lock for ${held} ms (pid ${process.pid})`);
      begunAt = null;
    }
    return prepare(rewriteSql(sql));
  };
}

type ConnectedAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;
type Transaction = Awaited<ReturnType<ConnectedAdapter['startTransaction']>>;

/** What {@link releaseLockWhenBeginFails} uses of the connected adapter besides its public interface. */
interface AdapterInternals {
  /** Throws the driver error converted as the adapter converts it (SQLITE_BUSY → SocketTimeout, …). */
  onError(error: unknown): never;
}

function hasAdapterInternals(x: object): x is AdapterInternals {
  return typeof (x as Partial<AdapterInternals>).onError === 'function';
}

/** A FIFO lock: `acquire()` resolves with a release function once every earlier holder released. */
export function createLock(): () => Promise<() => void> {
  let last: Promise<void> = Promise.resolve();
  return async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = last;
    last = previous.then(() => held);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
}

/**
 * The adapter (6.19) runs one transaction at a time on its one connection behind a lock, but when its BEGIN fails
 * — SQLITE_BUSY after the busy timeout, because another process (an ingest) held the write lock longer — it never
 * releases that lock: every later transaction of the process (`$transaction`, batch or interactive, whatever its
 * maxWait) then waits forever. That is how the server stopped answering sign-ins after an ingest held the write
 * lock for over 2 s. This replaces its startTransaction with the same steps (lock, BEGIN, a transaction whose
 * commit and rollback release the lock; Prisma sends COMMIT/ROLLBACK itself) that releases the lock when BEGIN
 * fails, so the failure reaches writeTransaction, which retries.
 */
export function releaseLockWhenBeginFails(adapter: ConnectedAdapter, connection: { prepare(sql: string): unknown }): void {
  if (!hasAdapterInternals(adapter)) throw new Error('@prisma/adapter-better-sqlite3 changed: cannot make a failed BEGIN release its transaction lock');
  const original = adapter.startTransaction.bind(adapter);
  const acquire = createLock();
  adapter.startTransaction = async (isolationLevel) => {
    // The adapter refuses other isolation levels before it locks anything: let it say so.
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') return original(isolationLevel);
    const release = await acquire();
    try {
      (connection.prepare('BEGIN') as { run(): unknown }).run();
    } catch (err) {
      release();
      adapter.onError(err);
    }
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => adapter.queryRaw(query),
      executeRaw: (query) => adapter.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
    };
    return transaction;
  };
}

/**
 * Prisma's better-sqlite3 adapter with this project's connection settings. The adapter opens its connection in
 * connect() and offers no hook for pragmas or for the BEGIN it runs, so the connection it created (its public
 * `client` field) is configured here; a future adapter without that field fails loudly instead of silently
 * running in rollback-journal mode. Its transaction lock is fixed here too ({@link releaseLockWhenBeginFails}).
 */
export class ReliableSqliteAdapter extends PrismaBetterSQLite3 {
  private readonly busyTimeoutMs: number;

  constructor(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0], options?: ConstructorParameters<typeof PrismaBetterSQLite3>[1]) {
    super(config, options);
    this.busyTimeoutMs = config.timeout ?? SQLITE_BUSY_TIMEOUT_MS;
  }

  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    if (!isSqliteConnection(connection)) throw new Error('@prisma/adapter-better-sqlite3 no longer exposes its connection: cannot set WAL mode and the busy timeout');
    configureConnection(connection, this.busyTimeoutMs);
    releaseLockWhenBeginFails(adapter, connection);
    return adapter;
  }
}
