import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getSources } from '@/lib/data/sources';
import { formatDate } from '@/lib/domain/periods';
import { parseFigureFilters, type SearchParams } from '@/lib/data/schemas';
import { FilterProblems } from '@/components/filters/filter-problems';
import { Badge, EmptyState, Notice, PageHeader, Pagination } from '@/components/ui/primitives';
import { countOf } from '@/lib/view/plain-words';
import { currentAnalyst } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // Only the page number applies here; the shared schema parses it the same way as on the table.
  const { filters, problems } = parseFigureFilters({ page: params.page });
  const analyst = await currentAnalyst();
  const { sources, total, page, pageCount } = await getSources({ page: filters.page, includeWithdrawn: analyst !== null });
  // `?page=9` of 2 says so rather than passing off the last page as page 9.
  const pastEnd = filters.page !== undefined && filters.page > pageCount && total > 0;
  return (
    <>
      <PageHeader title="Sources" lead="Every article and statement, kept verbatim — or, for the reference articles, the passages their figures quote, with a link to the full article. Open one to read it with each figure highlighted.">
        {analyst ? <Link href="/sources/new" className="rounded bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink">Add a report</Link> : null}
      </PageHeader>
      <FilterProblems problems={problems} />
      {total > 0 && !pastEnd ? <p className="mb-3 text-sm text-muted">{total.toLocaleString('en-US')} {total === 1 ? 'source' : 'sources'}, newest first</p> : null}
      {pastEnd && filters.page ? (
        <Notice title={`There is no page ${filters.page.toLocaleString('en-US')}`}>
          The sources fill {countOf(pageCount, 'page')}.{' '}
          <Link href={pageCount === 1 ? '/sources' : `/sources?page=${pageCount}`} className="text-accent underline">Go to the last page ({pageCount.toLocaleString('en-US')})</Link>.
        </Notice>
      ) : sources.length === 0 ? (
        <EmptyState title="No sources yet">Load articles with <code>npm run ingest -- FILE…</code>.</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {sources.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-panel p-4">
              <Link href={`/sources/${s.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">
                {s.displayTitle}
              </Link>
              <p className="mt-1 text-sm text-muted">
                {s.outlet ?? 'Outlet not stated'} · {formatDate(s.publishedAt)} · {s.language === 'fr' ? 'French' : 'English'}
              </p>
              <p className="mt-2 flex flex-wrap gap-2 text-sm">
                <Badge>{s.figureCount} {s.figureCount === 1 ? 'figure' : 'figures'}</Badge>
                {s.kind === 'excerpt' ? <Badge title="Only the passages its figures quote are stored; the full article is at its address">Excerpt</Badge> : null}
                {s.pendingCount > 0 ? <Badge tone="pending">{s.pendingCount} pending review</Badge> : null}
                {s.withdrawn ? <Badge tone="disagree">Withdrawn</Badge> : null}
                {!s.isPublic ? <Badge>Quotes only</Badge> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pastEnd ? null : <Pagination page={page} pageCount={pageCount} hrefFor={(p) => (p === 1 ? '/sources' : `/sources?page=${p}`)} label="Sources pages" />}
    </>
  );
}
