import path from 'node:path';

/** Without DATABASE_URL the project uses an SQLite file inside itself (ignored by git). */
export const DEFAULT_DATABASE_URL = 'file:./data/ctstats.db';

export function databaseUrl(env: Partial<Record<string, string>> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** "file:./data/x.db" → absolute path, resolved against the working directory (the project root). */
export function sqliteFilePath(url: string): string {
  const bare = url.replace(/^file:/, '').replace(/\?.*$/, '');
  if (bare === ':memory:') return bare;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), bare);
}
