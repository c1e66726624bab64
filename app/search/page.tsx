import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { searchSite } from '@/lib/data/search';
import { snippetRuns } from '@/lib/data/search-query';
import { plainText, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { formatDate } from '@/lib/domain/periods';
import { FilterProblems } from '@/components/filters/filter-problems';
import { StatusBadge } from '@/components/figures/badges';
import { EmptyState, PageHeader, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search' };

// The table's rule for search text: 1 to 200 characters, no control characters (lib/data/schemas.ts).
const qSchema = plainText(200);

/** Matched words as <mark>, the rest as text: article text is only ever rendered as escaped text nodes. */
function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetRuns(text).map((r, i) => (r.hit ? <mark key={i} className="quote-mark">{r.text}</mark> : <span key={i}>{r.text}</span>))}
    </>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = (await searchParams).q;
  // The repeated-parameter rule of every page: ?q=a&q=b is ambiguous, so it is reported and ignored.
  const repeated = Array.isArray(raw) && raw.length > 1;
  const value = repeated ? undefined : Array.isArray(raw) ? raw[0] : raw;
  const parsed = value === undefined || value.trim() === '' ? null : qSchema.safeParse(value.trim());
  const q = parsed?.success ? parsed.data : null;
  const problems = repeated
    ? [`Ignored the search: it was given ${(raw as string[]).length} times; give it once.`]
    : parsed && !parsed.success
      ? [`Ignored the search “${value!.slice(0, 40)}”: it must be 1 to 200 characters, without control characters.`]
      : [];
  // Visitors see reviewed figures, as on every page; signed-in analysts also those awaiting review.
  const results = q ? await searchSite(q, 20, (await currentAnalyst()) !== null ? 'current' : 'reviewed') : null;
  return (
    <>
      <PageHeader title="Search" lead="Search every quote and every source text. Accents do not matter: “demantelees” finds “démantelées”." />
      <FilterProblems problems={problems} />
      <form method="get" action="/search" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-3">
        <label className="flex flex-col gap-1 text-sm">
          <span>Words to find</span>
          <input name="q" type="search" defaultValue={q ?? ''} maxLength={200} placeholder="e.g. cellules démantelées, ISIS" className="w-72 rounded border border-line bg-panel px-2 py-1.5 text-ink" />
        </label>
        <button type="submit" className="rounded bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink">Search</button>
      </form>
      {!results ? null : results.figures.length === 0 && results.sources.length === 0 ? (
        <EmptyState title={`Nothing found for “${q}”`}>Try fewer or shorter words; the last word may be the start of one (“cellul” finds “cellules”).</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="figure-hits">
            <h2 id="figure-hits" className="mb-2 text-lg font-semibold">Figures{results.moreFigures ? ' (best 20)' : ` (${results.figures.length})`}</h2>
            {results.figures.length === 0 ? <p className="text-sm text-muted">No figure’s quote matches.</p> : null}
            <ol className="space-y-2">
              {results.figures.map(({ figure: f, snippet }) => (
                <li key={f.id}>
                  <Panel>
                    <p className="flex flex-wrap items-baseline gap-2">
                      <Link href={`/figures/${f.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">{f.metricLabel}: {f.valueWords}</Link>
                      <span className="text-sm text-muted">{f.periodText}{f.scope ? ` · ${f.scope}` : ''}</span>
                      <StatusBadge status={f.reviewStatus} />
                    </p>
                    <blockquote className="mt-1 text-sm" data-testid="figure-snippet">“<Snippet text={snippet} />”</blockquote>
                    <p className="mt-1 text-xs text-muted">{f.source.label}{f.source.publishedAt ? `, ${formatDate(f.source.publishedAt)}` : ''}{f.attributedTo ? ` · ${f.attributedTo}` : ''}</p>
                  </Panel>
                </li>
              ))}
            </ol>
            {q && results.figures.length > 0 ? (
              <p className="mt-2 text-sm"><Link href={`/figures?q=${encodeURIComponent(q)}`} className="text-accent underline">All matching figures in the table →</Link></p>
            ) : null}
          </section>
          <section aria-labelledby="source-hits">
            <h2 id="source-hits" className="mb-2 text-lg font-semibold">Sources{results.moreSources ? ' (best 20)' : ` (${results.sources.length})`}</h2>
            {results.sources.length === 0 ? <p className="text-sm text-muted">No source text matches.</p> : null}
            <ol className="space-y-2">
              {results.sources.map((s) => (
                <li key={s.id}>
                  <Panel>
                    <Link href={`/sources/${s.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">{s.title}</Link>
                    <p className="text-xs text-muted">{s.label} · {formatDate(s.publishedAt)}</p>
                    <p className="mt-1 text-sm" data-testid="source-snippet"><Snippet text={s.snippet} /></p>
                  </Panel>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
}
