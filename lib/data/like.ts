/**
 * A user's search text as a literal for Prisma's `contains`: `%` and `_` are LIKE wildcards, so unescaped a search
 * for "%" matched every figure. Backslash is the escape character on both databases (PostgreSQL's default; SQLite
 * connections are told so, see lib/db/sqlite.ts).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
