import { databaseUrl, isPostgresUrl } from '@/lib/db/url';

/**
 * "Unknown (null) last" in an order. Prisma writes `nulls: 'last'` as `CASE WHEN x IS NULL …` first, which no index
 * can serve, so every such read sorted the whole table. SQLite already sorts NULL first ascending and last
 * descending, so a descending order needs nothing added there and walks the index; PostgreSQL (NULL last
 * ascending, first descending) and SQLite ascending keep the explicit rule.
 */
export function nullsLast(dir: 'asc' | 'desc'): 'asc' | 'desc' | { sort: 'asc' | 'desc'; nulls: 'last' } {
  return dir === 'desc' && !isPostgresUrl(databaseUrl()) ? 'desc' : { sort: dir, nulls: 'last' };
}
