import 'server-only';
import { getDb } from '@/lib/db/client';
import { databaseUrl, isPostgresUrl } from '@/lib/db/url';
import { figureInclude } from './figures';
import { sourceLabel, toFigureView, type FigureView } from './dto';
import { sourceTitle } from '@/lib/view/plain-words';
import type { SourceKind } from '@/lib/domain/figure';
import { ftsTerms, toFtsQuery, toTsQuery, tsTerms, SNIPPET_START, SNIPPET_END } from './search-query';
import { cachedRead } from './read-cache';

/**
 * Full-text search over the figures (quote, scope, attribution, value as printed) and the sources' texts, through
 * the indexes the migrations create: SQLite FTS5 (unicode61, accents removed) or PostgreSQL tsvector + GIN (the
 * ctstats_search configuration, accents removed). Ranked (bm25 / ts_rank), with highlighted snippets marked by
 * SNIPPET_START / SNIPPET_END, which the page turns into <mark> elements — never into HTML.
 */

/**
 * Matches read per search: the table filters within the best-ranked ones and says "more than" beyond. Kept under
 * the bound-parameter limit of the SQLite driver (999), since the ids go into the table's query as a list.
 */
export const SEARCH_LIMIT = 900;

const postgres = () => isPostgresUrl(databaseUrl());

/**
 * A withdrawn source's figures are hidden everywhere readers look (lib/data/figures.ts `visible`); so are they here.
 * Written as "not among the withdrawn" (every figure has a source): that list is short, where the list of visible
 * sources grew with the data (10,000 ids built for every search at 1,000,000 figures).
 */
export const VISIBLE_SOURCE = `f."sourceId" NOT IN (SELECT id FROM "Source" WHERE "withdrawnAt" IS NOT NULL)`;

/** Column filters applied inside the search itself, so the best-ranked matches are the ones that pass them. */
export interface SearchNarrowing {
  metric?: string;
  status?: 'current' | 'reviewed' | 'pending';
  source?: number;
  attributedTo?: string;
  sourceKind?: SourceKind;
}

function narrowingSql(n: SearchNarrowing, param: (v: string | number) => string): string {
  const parts: string[] = [];
  if (n.metric) parts.push(`f."metricKey" = ${param(n.metric)}`);
  if (n.status === 'reviewed' || n.status === 'pending') parts.push(`f."reviewStatus" = ${param(n.status)}`);
  if (n.source !== undefined) parts.push(`f."sourceId" = ${param(n.source)}`);
  if (n.attributedTo) parts.push(`f."attributedTo" = ${param(n.attributedTo)}`);
  if (n.sourceKind) parts.push(`f."sourceId" IN (SELECT id FROM "Source" WHERE "kind" = ${param(n.sourceKind)})`);
  return parts.map((p) => ` AND ${p}`).join('');
}

/**
 * Ids of visible figures matching `q`, at most `limit`. Empty when `q` has no searchable word. `order: 'rank'` puts
 * the best matches first; `'recent'` (the table, which sorts by its own column) the most recently stored, which
 * the index yields without ranking every match.
 */
export async function searchFigureIds(q: string, limit = SEARCH_LIMIT, narrowing: SearchNarrowing = {}, order: 'rank' | 'recent' = 'rank'): Promise<number[]> {
  const terms = ftsTerms(q);
  if (!terms.length) return [];
  const db = getDb();
  const values: Array<string | number> = [];
  if (postgres()) {
    values.push(toTsQuery(tsTerms(q)));
    const extra = narrowingSql(narrowing, (v) => (values.push(v), `$${values.length}`));
    values.push(limit);
    const rows = await db.$queryRawUnsafe<Array<{ id: number }>>(
      `SELECT f.id FROM "Figure" f WHERE f."searchDoc" @@ to_tsquery('ctstats_search', $1) AND f."deletedAt" IS NULL AND f."reviewStatus" <> 'rejected' AND ${VISIBLE_SOURCE}${extra}
       ORDER BY ${order === 'rank' ? `ts_rank(f."searchDoc", to_tsquery('ctstats_search', $1)) DESC, f.id ASC` : 'f.id DESC'} LIMIT $${values.length}`,
      ...values,
    );
    return rows.map((r) => Number(r.id));
  }
  values.push(toFtsQuery(terms));
  const extra = narrowingSql(narrowing, (v) => (values.push(v), '?'));
  values.push(limit);
  const rows = await db.$queryRawUnsafe<Array<{ id: number }>>(
    `SELECT f.id AS id FROM "FigureSearch" s JOIN "Figure" f ON f.id = s.rowid
     WHERE "FigureSearch" MATCH ? AND f."deletedAt" IS NULL AND f."reviewStatus" <> 'rejected' AND ${VISIBLE_SOURCE}${extra} ORDER BY ${order === 'rank' ? 's.rank, f.id' : 's.rowid DESC'} LIMIT ?`,
    ...values,
  );
  return rows.map((r) => Number(r.id));
}

export interface FigureHit {
  figure: FigureView;
  /** The quote with the matched words between SNIPPET_START and SNIPPET_END. */
  snippet: string;
}

export interface SourceHit {
  id: number;
  label: string;
  /** Its title, else outlet and date (never a cut first sentence). */
  title: string;
  publishedAt: string | null;
  snippet: string;
}

export interface SiteSearch {
  figures: FigureHit[];
  sources: SourceHit[];
  /** True when there are more matches than shown. */
  moreFigures: boolean;
  moreSources: boolean;
}

/**
 * Matches the site search ranks: the most recently stored this many (visible, within the status). Ranking scores
 * every match it is given, so ranking all of them grew with the database (a common word matched 26,000 figures at
 * 200,000: 60 ms of bm25 and joins per request); ranking the most recent ones costs the same whatever the size.
 * The table search keeps to the most recent SEARCH_LIMIT for the same reason.
 */
export const RANK_CANDIDATES = 1000;

const MARKS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The best-ranked of the most recent `candidates` visible figures matching `query` (FTS5 or tsquery text), `take` at
 * most, with their highlighted quotes.
 * PostgreSQL: the candidates by id from the GIN index, ranked, and only the shown ones get a headline.
 * SQLite: the candidates by rowid, newest first, straight from the FTS index; the ranked read is then bounded to
 * their rowid range, which FTS5 seeks to ("+rowid IN" keeps SQLite from running the MATCH once per candidate).
 */
async function rankedFigures(query: string, take: number, status: 'current' | 'reviewed', candidates: number): Promise<Array<{ id: number; snippet: string }>> {
  // A closed choice of two, never text from the request: written into the statement as a constant.
  const statusSql = status === 'reviewed' ? ` AND f."reviewStatus" = 'reviewed'` : '';
  const visibleFigure = `f."deletedAt" IS NULL AND f."reviewStatus" <> 'rejected' AND ${VISIBLE_SOURCE}${statusSql}`;
  return postgres()
    ? getDb().$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
        `WITH recent AS (SELECT f.id, f."searchDoc" FROM "Figure" f WHERE f."searchDoc" @@ to_tsquery('ctstats_search', $1) AND ${visibleFigure} ORDER BY f.id DESC LIMIT $3),
         top AS (SELECT r.id, ts_rank(r."searchDoc", to_tsquery('ctstats_search', $1)) AS score FROM recent r ORDER BY score DESC, r.id ASC LIMIT $2)
         SELECT t.id, ts_headline('ctstats_search', f.quote, to_tsquery('ctstats_search', $1), '${MARKS}') AS snippet FROM top t JOIN "Figure" f ON f.id = t.id ORDER BY t.score DESC, t.id ASC`,
        query,
        take,
        candidates,
      )
    : getDb().$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
        `WITH recent AS (SELECT f.id AS id FROM "FigureSearch" s JOIN "Figure" f ON f.id = s.rowid WHERE "FigureSearch" MATCH ? AND ${visibleFigure} ORDER BY s.rowid DESC LIMIT ?)
         SELECT s.rowid AS id, highlight("FigureSearch", 0, char(2), char(3)) AS snippet FROM "FigureSearch" s
         WHERE "FigureSearch" MATCH ? AND s.rowid >= (SELECT min(id) FROM recent) AND +s.rowid IN (SELECT id FROM recent) ORDER BY s.rank, s.rowid LIMIT ?`,
        query,
        candidates,
        query,
        take,
      );
}

/** As {@link rankedFigures}, for the sources' texts (withdrawn ones left out), with a snippet of the text. */
async function rankedSources(query: string, take: number, candidates: number): Promise<Array<{ id: number; snippet: string }>> {
  return postgres()
    ? getDb().$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
        `WITH recent AS (SELECT s.id, s."searchDoc" FROM "Source" s WHERE s."searchDoc" @@ to_tsquery('ctstats_search', $1) AND s."withdrawnAt" IS NULL ORDER BY s.id DESC LIMIT $3),
         top AS (SELECT r.id, ts_rank(r."searchDoc", to_tsquery('ctstats_search', $1)) AS score FROM recent r ORDER BY score DESC, r.id ASC LIMIT $2)
         SELECT t.id, ts_headline('ctstats_search', left(s."text", 400000), to_tsquery('ctstats_search', $1), '${MARKS}') AS snippet FROM top t JOIN "Source" s ON s.id = t.id ORDER BY t.score DESC, t.id ASC`,
        query,
        take,
        candidates,
      )
    : getDb().$queryRawUnsafe<Array<{ id: number; snippet: string }>>(
        `WITH recent AS (SELECT rowid AS id FROM "SourceSearch" WHERE "SourceSearch" MATCH ? AND +rowid NOT IN (SELECT id FROM "Source" WHERE "withdrawnAt" IS NOT NULL) ORDER BY rowid DESC LIMIT ?)
         SELECT s.rowid AS id, snippet("SourceSearch", 2, char(2), char(3), ' … ', 24) AS snippet FROM "SourceSearch" s
         WHERE "SourceSearch" MATCH ? AND s.rowid >= (SELECT min(id) FROM recent) AND +s.rowid IN (SELECT id FROM recent) ORDER BY s.rank, s.rowid LIMIT ?`,
        query,
        candidates,
        query,
        take,
      );
}

/**
 * The site-wide search page: the best-ranked of the most recent `candidates` matching figures and sources (all of
 * them while there are fewer), with highlighted snippets: the words as typed while they fill a page, else also the
 * words they begin. `status` 'reviewed' is a visitor's default view
 * (lib/data/schemas.ts effectiveFilters); 'current' adds pending figures.
 */
async function readSearchSite(q: string, limit = 20, status: 'current' | 'reviewed' = 'current', candidates = RANK_CANDIDATES): Promise<SiteSearch> {
  const terms = ftsTerms(q);
  if (!terms.length) return { figures: [], sources: [], moreFigures: false, moreSources: false };
  const pg = postgres();
  const query = (prefix: boolean) => (pg ? toTsQuery(tsTerms(q), prefix) : toFtsQuery(terms, prefix));
  // Whole words first: both indexes seek straight to a word's own entries, where a prefix ("isis*") makes them
  // gather every word it begins and all of their matches before the most recent can be picked (at 1,000,000
  // figures a common word's prefix query cost 15 ms more than the word itself). Only when the words as typed fill
  // no page does the search widen to words they begin ("cellul" → "cellules"), which it then ranks all together.
  const widened = async <T>(run: (query: string) => Promise<T[]>): Promise<T[]> => {
    const whole = await run(query(false));
    return whole.length > limit ? whole : run(query(true));
  };
  const [figureRows, sourceRows] = await Promise.all([widened((fts) => rankedFigures(fts, limit + 1, status, candidates)), widened((fts) => rankedSources(fts, limit + 1, candidates))]);
  const db = getDb();
  const figureIds = figureRows.slice(0, limit).map((r) => Number(r.id));
  const sourceIds = sourceRows.slice(0, limit).map((r) => Number(r.id));
  const [figures, sources] = await Promise.all([
    db.figure.findMany({ where: { id: { in: figureIds } }, include: figureInclude }),
    db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, outlet: true, title: true, publishedAt: true, kind: true } }),
  ]);
  const figureOf = new Map(figures.map((f) => [f.id, toFigureView(f)]));
  const sourceOf = new Map(sources.map((s) => [s.id, s]));
  return {
    figures: figureRows.slice(0, limit).flatMap((r) => {
      const figure = figureOf.get(Number(r.id));
      return figure ? [{ figure, snippet: r.snippet }] : [];
    }),
    sources: sourceRows.slice(0, limit).flatMap((r) => {
      const s = sourceOf.get(Number(r.id));
      return s ? [{ id: s.id, label: sourceLabel(s), title: sourceTitle(s), publishedAt: s.publishedAt, snippet: r.snippet }] : [];
    }),
    moreFigures: figureRows.length > limit,
    moreSources: sourceRows.length > limit,
  };
}
export const searchSite = cachedRead('searchSite', readSearchSite);
