import { describe, expect, it } from 'vitest';
import { describeError, isRetryableWriteError, isUniqueViolation } from './errors';

/** Shaped like Prisma's known request errors: a code, and the driver adapter's error in meta. */
function prismaError(code: string, message: string, driver?: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { name: 'PrismaClientKnownRequestError', code, meta: driver ? { driverAdapterError: { cause: driver } } : {} });
}

describe('isRetryableWriteError', () => {
  it('retries a busy SQLite database (the adapter reports SQLITE_BUSY as a socket timeout, P1008)', () => {
    expect(isRetryableWriteError(prismaError('P1008', 'Operation has timed out', { kind: 'SocketTimeout', originalCode: 'SQLITE_BUSY' }))).toBe(true);
    expect(isRetryableWriteError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
    // What Prisma's Wasm query plan throws when the busy error reaches it (seen with two ingests and the server).
    expect(isRetryableWriteError(new Error('Error in the underlying connector (WASM_ERROR): Error: unknown variant `SocketTimeout`, expected one of `GenericJs`'))).toBe(true);
  });

  it('retries PostgreSQL serialization failures and deadlocks', () => {
    expect(isRetryableWriteError(prismaError('P2034', 'Transaction failed due to a write conflict or a deadlock.'))).toBe(true);
    expect(isRetryableWriteError({ name: 'DriverAdapterError', cause: { kind: 'postgres', code: '40P01', message: 'deadlock detected' } })).toBe(true);
    expect(isRetryableWriteError({ cause: { kind: 'postgres', code: '40001' } })).toBe(true);
  });

  it('never retries a refusal or a constraint violation', () => {
    expect(isRetryableWriteError(new Error('This figure is already reviewed.'))).toBe(false);
    expect(isRetryableWriteError(prismaError('P2002', 'Unique constraint failed on the fields: (`contentHash`)'))).toBe(false);
    expect(isRetryableWriteError(null)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('recognises the unique key on both providers', () => {
    expect(isUniqueViolation(prismaError('P2002', 'Unique constraint failed'))).toBe(true);
    expect(isUniqueViolation({ cause: { kind: 'UniqueConstraintViolation' } })).toBe(true);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });
});

describe('describeError', () => {
  it('is never empty, even for a Prisma message that starts with a blank line (the old "could not be stored ()")', () => {
    const err = prismaError('P1008', '\nInvalid `prisma.source.create()` invocation:\n\n\nOperation has timed out');
    expect(describeError(err)).toBe('P1008: Operation has timed out');
    expect(describeError(new Error(''))).not.toBe('');
    expect(describeError(undefined)).toBe('unknown error');
    expect(describeError('plain text')).toBe('plain text');
  });

  it('keeps the reason and bounds the length', () => {
    expect(describeError(new Error('disk I/O error'))).toBe('disk I/O error');
    expect(describeError(new Error('x'.repeat(1000))).length).toBeLessThanOrEqual(301);
  });
});
