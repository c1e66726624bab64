import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseUrl, DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFilePath } from './url';

describe('databaseUrl', () => {
  it('defaults to the project SQLite file when DATABASE_URL is unset or blank', () => {
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: '   ' })).toBe(DEFAULT_DATABASE_URL);
  });

  it('uses DATABASE_URL, trimmed', () => {
    expect(databaseUrl({ DATABASE_URL: ' postgres://u@h/db \n' })).toBe('postgres://u@h/db');
  });
});

describe('isPostgresUrl', () => {
  it.each([
    ['postgres://u:p@localhost:5432/ctstats', true],
    ['postgresql://localhost/ctstats', true],
    ['POSTGRES://localhost/ctstats', true],
    ['file:./data/ctstats.db', false],
    ['mysql://localhost/x', false],
    ['./postgres://x', false],
  ])('%s → %s', (url, expected) => expect(isPostgresUrl(url)).toBe(expected));
});

describe('sqliteFilePath', () => {
  it('resolves a relative file URL against the working directory', () => {
    expect(sqliteFilePath('file:./data/ctstats.db')).toBe(path.join(process.cwd(), 'data', 'ctstats.db'));
  });

  it('keeps absolute paths, drops query parameters and keeps :memory:', () => {
    expect(sqliteFilePath('file:/tmp/x.db?connection_limit=1')).toBe('/tmp/x.db');
    expect(sqliteFilePath('file::memory:')).toBe(':memory:');
    expect(sqliteFilePath('/tmp/y.db')).toBe('/tmp/y.db');
  });
});
