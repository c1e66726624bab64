import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from '@/lib/test/database';
import { extractFigures } from '@/lib/extraction';
import { ensureMetrics } from '@/lib/ingest/seed';
import { ingestDocument } from '@/lib/ingest/ingest-document';
import { backupSqlite, restoreSqlite, validateBackup } from './backup';
import { sqliteFilePath } from './url';

const opened: TestDatabase[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctstats-backup-'));
afterAll(async () => {
  for (const t of opened) await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table of ours, in key order: two databases with equal dumps hold identical data. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, key] of [['Metric', 'key'], ['Source', 'id'], ['Figure', 'id'], ['ReviewEvent', 'id']] as const) out[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY "${key}"`).all();
    return out;
  } finally {
    db.close();
  }
}

describe.runIf(testDatabaseProvider() === 'sqlite')('backup and restore (SQLite)', () => {
  it('backup → changes → restore gives back identical data', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    await ensureMetrics(t.db);
    for (let i = 0; i < 3; i++) {
      await ingestDocument(t.db, { text: `date: 2024-01-0${i + 1}\n\nMoroccan authorities dismantled ${i + 3} terrorist cells in 2023 and arrested ${i + 20} suspects.\n` }, { extract: extractFigures });
    }
    const figure = await t.db.figure.findFirstOrThrow();
    await t.db.reviewEvent.create({ data: { figureId: figure.id, action: 'accept', actor: 'Test', fromStatus: 'pending', toStatus: 'reviewed', note: 'é “quoted” 50%' } });
    const file = sqliteFilePath(t.url);
    const before = dump(file);
    expect(before.Figure!.length).toBeGreaterThan(3);

    const backup = path.join(dir, 'copy.db');
    await backupSqlite(file, backup); // while the app's client is connected
    expect(validateBackup(backup)).toEqual([]);

    // Work after the backup, through the app's own client: a delete, a new source.
    await t.db.figure.deleteMany({ where: { id: figure.id } });
    await ingestDocument(t.db, { text: 'date: 2024-02-01\n\nMoroccan authorities dismantled 9 terrorist cells in 2022.\n' }, { extract: extractFigures });
    expect(dump(file)).not.toEqual(before);

    const { savedAs } = await restoreSqlite(file, backup);
    expect(dump(file)).toEqual(before);
    // The connected client sees the restored data too.
    expect(await t.db.figure.count()).toBe(before.Figure!.length);
    // What was there before the restore is kept, and is itself a valid backup.
    expect(savedAs && validateBackup(savedAs)).toEqual([]);
    fs.rmSync(savedAs!, { force: true });
  });

  it('refuses to restore a file that is not a ctstats database, and leaves the database alone', async () => {
    const t = await createTestDatabase();
    opened.push(t);
    await ensureMetrics(t.db);
    const file = sqliteFilePath(t.url);
    const before = dump(file);

    const text = path.join(dir, 'not-sqlite.db');
    fs.writeFileSync(text, 'hello, this is not a database');
    expect(validateBackup(text)[0]).toMatch(/not an SQLite database/);
    await expect(restoreSqlite(file, text)).rejects.toThrow(/not restored/);

    const other = path.join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE notes (x TEXT)');
    expect(validateBackup(other)[0]).toMatch(/missing tables: Metric, Source, Figure, ReviewEvent/);
    await expect(restoreSqlite(file, other)).rejects.toThrow(/not restored/);

    const corrupt = path.join(dir, 'corrupt.db');
    fs.copyFileSync(file, corrupt);
    const bytes = fs.readFileSync(corrupt);
    bytes.fill(0xab, 4096 * 2, 4096 * 3); // one page of garbage
    fs.writeFileSync(corrupt, bytes);
    expect(validateBackup(corrupt).length).toBeGreaterThan(0);

    expect(validateBackup(path.join(dir, 'missing.db'))[0]).toMatch(/does not exist/);
    expect(dump(file)).toEqual(before);
  });
});
