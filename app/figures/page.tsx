import type { Metadata } from 'next';
import { getFigurePage, getFilterOptions, PAGE_SIZE } from '@/lib/data/figures';
import { getSourceOption } from '@/lib/data/sources';
import { effectiveFilters, FIGURE_SORTS, filtersToQuery, parseFigureFilters, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { FigureTable, type SortLink } from '@/components/figures/figure-table';
import { FilterForm } from '@/components/filters/filter-form';
import { FilterProblems } from '@/components/filters/filter-problems';
import { EmptyState, PageHeader, Pagination } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Figures' };

const SORT_LABELS: Record<(typeof FIGURE_SORTS)[number], string> = { asOf: 'As of', period: 'Period', metric: 'Metric', value: 'Value', source: 'Source' };

export default async function FiguresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, problems } = parseFigureFilters(await searchParams);
  const shown = effectiveFilters(filters, (await currentAnalyst()) !== null);
  const [page, options, selectedSource] = await Promise.all([getFigurePage(shown), getFilterOptions(), filters.source ? getSourceOption(filters.source) : null]);

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
        lead="Every figure with its value as printed, the interval it implies, the period it covers and the sentence it came from."
      />
      <FilterProblems problems={problems} />
      <FilterForm action="/figures" filters={{ ...filters, status: shown.status }} options={options} selectedSource={selectedSource} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-muted" aria-live="polite">
          {page.totalIsLowerBound ? 'More than ' : ''}{page.total.toLocaleString('en-US')} {page.total === 1 ? 'figure' : 'figures'}
          {page.pageCount > 1 ? ` · page ${page.page} of ${page.totalIsLowerBound ? 'more than ' : ''}${page.pageCount.toLocaleString('en-US')}` : ''}
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
      {page.rows.length === 0 ? (
        <EmptyState title="No figures match these filters">Widen the year range or clear a filter.</EmptyState>
      ) : (
        <FigureTable rows={page.rows} caption="Figures matching the filters" sortLinks={sortLinks} />
      )}
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        pageCountIsLowerBound={page.totalIsLowerBound}
        hasNext={page.totalIsLowerBound ? page.rows.length === PAGE_SIZE : page.page < page.pageCount}
        label="Figure pages"
        hrefFor={(p) => `/figures${filtersToQuery(filters, { page: p === 1 ? undefined : p })}`}
        nextHref={page.nextAfter ? `/figures${filtersToQuery(filters, { page: page.page + 1, after: page.nextAfter })}` : undefined}
      />
    </>
  );
}
