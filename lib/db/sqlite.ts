import { AsyncLocalStorage } from 'node:async_hooks';
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

/** What {@link isolateTransactions} uses of the connected adapter besides its public interface. */
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

type Queryable = Pick<ConnectedAdapter, 'queryRaw' | 'executeRaw'>;

/**
 * Set while a `writeTransaction` callback runs (lib/db/write.ts). A query that reaches the adapter's plain path
 * with it set was sent through the global client from inside a transaction: it would wait for the lock its own
 * transaction holds (a deadlock until the transaction times out), so it is refused at once, naming the fix.
 */
export const insideTransaction = new AsyncLocalStorage<true>();

function refuseReentrance(sql: string): void {
  if (insideTransaction.getStore()) {
    throw new Error(`a query was sent through the global client from inside a transaction callback; use the callback's tx client (it waits for the lock the transaction holds): ${sql.slice(0, 120)}`);
  }
}

/**
 * Each interactive transaction isolated from everything else the process runs. Prisma's adapter (6.19) has one
 * connection: a transaction holds it from BEGIN to COMMIT while other requests keep sending plain queries over the
 * same connection, so a plain read saw another request's uncommitted rows, and a plain write ran inside that other
 * request's transaction and vanished with its rollback. Here:
 * - plain statements that only read go to a second, read-only connection (`reader`): in WAL mode it sees the last
 *   committed state and never waits for the writer; without one (an in-memory database) they take the lock too;
 * - plain statements that write wait for the transaction lock and run between transactions, each committed alone;
 * - transactions take the same FIFO lock (this replaces the adapter's own mutex, see below).
 *
 * The adapter's own startTransaction also never released its lock when BEGIN failed — SQLITE_BUSY after the busy
 * timeout, because another process (an ingest) held the write lock longer — so every later transaction of the
 * process waited forever (the server stopped answering sign-ins after an ingest held the write lock over 2 s).
 * The startTransaction here releases the lock when BEGIN fails, so the failure reaches writeTransaction, which
 * retries.
 */
export function isolateTransactions(adapter: ConnectedAdapter, connection: { prepare(sql: string): unknown }, reader: (Queryable & { dispose(): Promise<void> }) | null): void {
  if (!hasAdapterInternals(adapter)) throw new Error('@prisma/adapter-better-sqlite3 changed: cannot make a failed BEGIN release its transaction lock');
  const original = adapter.startTransaction.bind(adapter);
  const direct: Queryable = { queryRaw: adapter.queryRaw.bind(adapter), executeRaw: adapter.executeRaw.bind(adapter) };
  const executeScript = adapter.executeScript.bind(adapter);
  const dispose = adapter.dispose.bind(adapter);
  const acquire = createLock();
  const readOnly = readOnlyClassifier(connection);

  const locked = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    refuseReentrance(sql);
    const release = await acquire();
    try {
      return await run();
    } finally {
      release();
    }
  };
  adapter.queryRaw = (query) => {
    if (reader && readOnly(query.sql)) {
      refuseReentrance(query.sql);
      return reader.queryRaw(query);
    }
    return locked(query.sql, () => direct.queryRaw(query));
  };
  adapter.executeRaw = (query) => locked(query.sql, () => direct.executeRaw(query));
  adapter.executeScript = (script) => locked(script, () => executeScript(script));
  adapter.dispose = async () => {
    await reader?.dispose();
    await dispose();
  };

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
      // The transaction holds the lock: its statements run on the connection directly.
      queryRaw: direct.queryRaw,
      executeRaw: direct.executeRaw,
      commit: async () => release(),
      rollback: async () => release(),
    };
    return transaction;
  };
}

/** Statements Prisma repeats (one per query shape) are classified once; the cache is dropped when it grows. */
const READ_ONLY_CACHE_LIMIT = 2000;

/**
 * Whether a statement only reads, as SQLite itself says (sqlite3_stmt_readonly via better-sqlite3's
 * `Statement.readonly`): preparing compiles without running anything, so it is safe while a transaction is open.
 * A statement that fails to prepare is not read-only: it takes the locked path and fails there with its error.
 */
function readOnlyClassifier(connection: { prepare(sql: string): unknown }): (sql: string) => boolean {
  const known = new Map<string, boolean>();
  return (sql) => {
    let readOnly = known.get(sql);
    if (readOnly === undefined) {
      try {
        readOnly = (connection.prepare(sql) as { readonly: boolean }).readonly === true;
      } catch {
        readOnly = false;
      }
      if (known.size >= READ_ONLY_CACHE_LIMIT) known.clear();
      known.set(sql, readOnly);
    }
    return readOnly;
  };
}

/**
 * Prisma's better-sqlite3 adapter with this project's connection settings. The adapter opens its connection in
 * connect() and offers no hook for pragmas or for the BEGIN it runs, so the connection it created (its public
 * `client` field) is configured here; a future adapter without that field fails loudly instead of silently
 * running in rollback-journal mode. Transactions are isolated from plain queries here too ({@link isolateTransactions}).
 */
export class ReliableSqliteAdapter extends PrismaBetterSQLite3 {
  private readonly busyTimeoutMs: number;
  private readonly config: ConstructorParameters<typeof PrismaBetterSQLite3>[0];
  private readonly options: ConstructorParameters<typeof PrismaBetterSQLite3>[1];

  constructor(config: ConstructorParameters<typeof PrismaBetterSQLite3>[0], options?: ConstructorParameters<typeof PrismaBetterSQLite3>[1]) {
    super(config, options);
    this.config = config;
    this.options = options;
    this.busyTimeoutMs = config.timeout ?? SQLITE_BUSY_TIMEOUT_MS;
  }

  override async connect(): ReturnType<PrismaBetterSQLite3['connect']> {
    const adapter = await super.connect();
    const connection = connectionOf(adapter);
    configureConnection(connection, this.busyTimeoutMs);
    // The plain reads' own connection, read-only so that nothing can write past the lock. Only a WAL database
    // has one: an in-memory database is private to its connection (and cannot be WAL).
    let reader: ConnectedAdapter | null = null;
    if (connection.pragma('journal_mode', { simple: true }) === 'wal') {
      reader = await new PrismaBetterSQLite3({ ...this.config, readonly: true }, this.options).connect();
      configureConnection(connectionOf(reader), this.busyTimeoutMs);
    }
    isolateTransactions(adapter, connection, reader);
    return adapter;
  }
}

function connectionOf(adapter: ConnectedAdapter): SqliteConnection {
  const connection = (adapter as unknown as { client?: unknown }).client;
  if (!isSqliteConnection(connection)) throw new Error('@prisma/adapter-better-sqlite3 no longer exposes its connection: cannot set WAL mode and the busy timeout');
  return connection;
}
