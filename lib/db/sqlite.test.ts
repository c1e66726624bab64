import { describe, expect, it } from 'vitest';
import { rewriteSql } from './sqlite';

describe('rewriteSql', () => {
  it('makes every transaction take the write lock when it begins', () => {
    expect(rewriteSql('BEGIN')).toBe('BEGIN IMMEDIATE');
  });

  it('gives LIKE the backslash escape character PostgreSQL has by default', () => {
    expect(rewriteSql('SELECT 1 FROM t WHERE a LIKE ? AND b LIKE ? LIMIT ?')).toBe("SELECT 1 FROM t WHERE a LIKE ? ESCAPE '\\' AND b LIKE ? ESCAPE '\\' LIMIT ?");
  });

  it('leaves every other statement alone', () => {
    for (const sql of ['COMMIT', 'ROLLBACK', 'SELECT * FROM t', "SELECT 'LIKE' FROM t", 'BEGIN IMMEDIATE']) expect(rewriteSql(sql)).toBe(sql);
  });
});
