/**
 * Classifying and describing database errors, for both providers. Prisma wraps driver errors in several ways
 * (a known request error with a code, the driver adapter's error in `meta.driverAdapterError` or `cause`, or the
 * raw driver error), so each question looks through all of them.
 */

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: unknown; target?: unknown; modelName?: unknown } & Record<string, unknown>;
  cause?: unknown;
  kind?: unknown;
  originalCode?: unknown;
}

function asErrorLike(x: unknown): ErrorLike | null {
  return typeof x === 'object' && x !== null ? (x as ErrorLike) : null;
}

/** The error and everything it wraps, outermost first (bounded: causes can be cyclic). */
function chain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 8) {
    const e = asErrorLike(queue.shift());
    if (!e || out.includes(e)) continue;
    out.push(e);
    queue.push(e.meta?.driverAdapterError, e.cause);
  }
  return out;
}

/** Prisma codes and driver codes/kinds that mean "the database was busy or the transaction lost a race: try again". */
const RETRYABLE_PRISMA_CODES = new Set(['P1008', 'P2034']); // SQLite busy (adapter maps it to a socket timeout); write conflict / deadlock
const RETRYABLE_KINDS = new Set(['SocketTimeout', 'TransactionWriteConflict']);
const RETRYABLE_DRIVER_CODES = new Set(['40001', '40P01', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']);

/**
 * True for errors a retry of the whole transaction can cure: SQLITE_BUSY (another process holds the write lock
 * longer than the busy timeout), PostgreSQL serialization failures (40001) and deadlocks (40P01). Never true for
 * an error thrown by the transaction's own code (a refusal, a constraint violation).
 */
export function isRetryableWriteError(err: unknown): boolean {
  for (const e of chain(err)) {
    if (typeof e.code === 'string' && (RETRYABLE_PRISMA_CODES.has(e.code) || RETRYABLE_DRIVER_CODES.has(e.code))) return true;
    if (typeof e.kind === 'string' && RETRYABLE_KINDS.has(e.kind)) return true;
    if (typeof e.originalCode === 'string' && RETRYABLE_DRIVER_CODES.has(e.originalCode)) return true;
    if (e.kind === 'postgres' && typeof e.code === 'string' && RETRYABLE_DRIVER_CODES.has(e.code)) return true;
    // Prisma's Wasm query plan cannot carry the adapter's SocketTimeout (= SQLITE_BUSY) and fails with
    // "WASM_ERROR: unknown variant `SocketTimeout`" instead; it is the same busy database.
    if (typeof e.message === 'string' && /database is locked|SQLITE_BUSY|unknown variant `SocketTimeout`/i.test(e.message)) return true;
  }
  return false;
}

/** True when the error is a unique-key violation (Prisma P2002, SQLite SQLITE_CONSTRAINT_UNIQUE, PostgreSQL 23505). */
export function isUniqueViolation(err: unknown): boolean {
  return chain(err).some(
    (e) => e.code === 'P2002' || e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.kind === 'UniqueConstraintViolation' || e.originalCode === 'SQLITE_CONSTRAINT_UNIQUE',
  );
}

/**
 * One line that says what failed, never empty. Prisma's messages start with a blank line and the call site
 * ("Invalid `prisma.source.create()` invocation:"), with the reason last; so the reason is the last non-empty
 * line, prefixed with the error's code.
 */
export function describeError(err: unknown): string {
  const first = asErrorLike(err);
  const message = typeof first?.message === 'string' ? first.message : typeof err === 'string' ? err : '';
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^Invalid `.*` invocation/.test(l) && !/^→?\s*\d*\s*(const|await|return)\b/.test(l));
  const reason = lines.at(-1) ?? '';
  const codes = chain(err)
    .map((e) => (typeof e.code === 'string' ? e.code : typeof e.originalCode === 'string' ? e.originalCode : null))
    .filter((c): c is string => c !== null);
  const code = codes[0];
  const name = err instanceof Error && err.name !== 'Error' ? err.name : null;
  const text = reason || name || (err === undefined || err === null ? 'unknown error' : String(err)) || 'unknown error';
  const line = code && !text.includes(code) ? `${code}: ${text}` : text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
