import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { countWithoutEach, getFigurePage, getFilterOptions, PAGE_SIZE } from '@/lib/data/figures';
import { getSourceOption } from '@/lib/data/sources';
import { effectiveFilters, FIGURE_SORTS, filtersToQuery, parseFigureFilters, withoutEmptyParams, type SearchParams } from '@/lib/data/schemas';
import { describeFilters, withoutFilter } from '@/lib/view/filter-words';
import { countOf } from '@/lib/view/plain-words';
import { currentAnalyst } from '@/lib/auth/session';
import { FigureTable, type SortLink } from '@/components/figures/figure-table';
import { FilterForm } from '@/components/filters/filter-form';
import { FilterProblems } from '@/components/filters/filter-problems';
import { EmptyState, Notice, PageHeader, Pagination } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Figures' };

const SORT_LABELS: Record<(typeof FIGURE_SORTS)[number], string> = { asOf: 'Stated', period: 'Period', metric: 'Metric', value: 'Value', source: 'Source' };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // A link names only what was chosen: `?q=ISIS&metric=&from=` (a form sent without JavaScript) becomes `?q=ISIS`.
  const clean = withoutEmptyParams(params);
  if (clean !== null) redirect(`/figures${clean}`);
  const { filters, problems } = parseFigureFilters(params);
  const signedIn = (await currentAnalyst()) !== null;
  const shown = effectiveFilters(filters, signedIn);
  const defaultStatus = effectiveFilters({}, signedIn).status;
  const [page, options, selectedSource] = await Promise.all([getFigurePage(shown), getFilterOptions(), filters.source ? getSourceOption(filters.source) : null]);
  // Nothing matched: count what each filter hides, so the page can name the one that emptied the list.
  const hidden = page.total === 0 ? await countWithoutEach(shown) : [];
  const names = { metricLabel: (k: string) => options.metrics.find((m) => m.key === k)?.label, sourceLabel: selectedSource?.label ?? null };
  // The filters the reader chose, plus the default review filter when it is what hides the figures.
  const chosen = describeFilters(filters, names);
  const active = describeFilters(shown, names).filter((f) => chosen.some((c) => c.group === f.group) || (hidden.find((h) => h.group === f.group)?.total ?? 0) > 0);
  const figuresHref = (f: typeof filters) => `/figures${filtersToQuery(f.status === defaultStatus ? { ...f, status: undefined } : f)}`;

  const currentSort = filters.sort ?? 'asOf';
  const currentDir = filters.dir ?? (currentSort === 'metric' || currentSort === 'source' ? 'asc' : 'desc');
  const sortLinks = Object.fromEntries(
    FIGURE_SORTS.map((key): [string, SortLink] => {
      const active = key === currentSort ? currentDir : null;
      const nextDir = active === 'asc' ? 'desc' : active === 'desc' ? 'asc' : undefined;
      return [key, { key, label: SORT_LABELS[key], active, href: `/figures${filtersToQuery(filters, { sort: key, dir: nextDir, page: undefined })}` }];
    }),
  );

  return (
    <>
      <PageHeader
        title="Figures"
        lead="Every figure with its value as printed, what it means, the period it covers and the sentence it came from."
      />
      <FilterProblems problems={problems} />
      <FilterForm action="/figures" filters={{ ...filters, status: shown.status }} options={options} selectedSource={selectedSource} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-muted" aria-live="polite">
          {page.totalIsLowerBound ? 'More than ' : ''}{countOf(page.total, 'figure')}
          {page.pageCount > 1 && !page.pastEnd ? ` · page ${page.page} of ${page.totalIsLowerBound ? 'more than ' : ''}${page.pageCount.toLocaleString('en-US')}` : ''}
        </p>
        {page.total > 0 ? (
          <p className="flex gap-3">
            <a href={`/api/figures${filtersToQuery(filters, { page: undefined, sort: undefined, dir: undefined, format: 'csv' })}`} className="text-accent underline" download>
              Download CSV
            </a>
            <a href={`/api/figures${filtersToQuery(filters, { page: undefined, sort: undefined, dir: undefined, format: 'json' })}`} className="text-accent underline">
              JSON
            </a>
          </p>
        ) : null}
      </div>
      {page.total === 0 ? (
        <EmptyState title={chosen.length === 1 ? `No figures for ${chosen[0]!.text}` : chosen.length === 0 ? (active.length ? 'No reviewed figures yet' : 'No figures yet') : 'No figures match these filters together'}>
          {active.length === 0 ? (
            <p>Figures appear here once sources are added and their figures reviewed.</p>
          ) : (
            <ul className="mx-auto mt-1 max-w-xl space-y-1 text-left" data-testid="empty-filters">
              {active.map((f) => {
                const h = hidden.find((x) => x.group === f.group);
                return (
                  <li key={f.group}>
                    <Link href={figuresHref(withoutFilter(shown, f.group))} className="text-accent underline">
                      {f.removeText}
                    </Link>
                    {h && h.total > 0 ? ` — ${h.lowerBound ? 'more than ' : ''}${countOf(h.total, 'figure')} without it` : active.length > 1 ? ' — still none without it alone' : ''}
                  </li>
                );
              })}
            </ul>
          )}
        </EmptyState>
      ) : page.pastEnd ? (
        <Notice title={`There is no page ${page.pastEnd.requested.toLocaleString('en-US')}`}>
          {page.totalIsLowerBound ? (
            <>These filters have fewer pages. <Link href={`/figures${filtersToQuery(filters, { page: undefined })}`} className="text-accent underline">Go to the first page</Link>.</>
          ) : (
            <>
              These filters give {countOf(page.pageCount, 'page')} of figures.{' '}
              <Link href={`/figures${filtersToQuery(filters, { page: page.pageCount === 1 ? undefined : page.pageCount })}`} className="text-accent underline">
                Go to the last page ({page.pageCount.toLocaleString('en-US')})
              </Link>
              .
            </>
          )}
        </Notice>
      ) : (
        <FigureTable rows={page.rows} caption="Figures matching the filters" sortLinks={sortLinks} />
      )}
      {page.pastEnd ? null : <Pagination
        page={page.page}
        pageCount={page.pageCount}
        pageCountIsLowerBound={page.totalIsLowerBound}
        hasNext={page.totalIsLowerBound ? page.rows.length === PAGE_SIZE : page.page < page.pageCount}
        label="Figure pages"
        hrefFor={(p) => `/figures${filtersToQuery(filters, { page: p === 1 ? undefined : p })}`}
        nextHref={page.nextAfter ? `/figures${filtersToQuery(filters, { page: page.page + 1, after: page.nextAfter })}` : undefined}
      />}
    </>
  );
}
