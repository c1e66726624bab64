import { Link } from '@/components/ui/link';
import { getFilterOptions } from '@/lib/data/figures';
import { getHeadlines, getOverview, OVERVIEW_FILTERS } from '@/lib/data/overview';
import { getMetrics } from '@/lib/data/metrics';
import { getSourceCount } from '@/lib/data/sources';
import { effectiveFilters, filtersToQuery, parseFigureFilters, type FigureFilters, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { MetricPanel, ChartKey } from '@/components/overview/metric-panel';
import { Headlines } from '@/components/overview/headlines';
import { FilterForm } from '@/components/filters/filter-form';
import { FilterProblems } from '@/components/filters/filter-problems';
import { EmptyState, PageHeader } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseFigureFilters(await searchParams);
  // The overview draws statements by metric, year and review status; the other filters belong to the table.
  const filters = Object.fromEntries(OVERVIEW_FILTERS.flatMap((k) => (parsed.filters[k] === undefined ? [] : [[k, parsed.filters[k]]]))) as FigureFilters;
  const ignored = Object.keys(parsed.filters).filter((k) => !(OVERVIEW_FILTERS as readonly string[]).includes(k) && k !== 'sort' && k !== 'dir' && k !== 'page');
  const problems = [...parsed.problems, ...(ignored.length ? [`The overview does not filter by ${ignored.join(', ')}; the figures table does.`] : [])];
  // Visitors see reviewed figures unless they ask for more (effectiveFilters); the summaries hold each status.
  const shown = effectiveFilters(filters, (await currentAnalyst()) !== null);
  const [overview, headlines, metrics, options, sourceCount] = await Promise.all([getOverview(shown), getHeadlines(shown), getMetrics(), getFilterOptions(), getSourceCount()]);
  const byMetric = new Map(overview.metrics.map((m) => [m.metricKey, m]));
  const total = overview.figureCount;
  const pending = overview.pendingCount;
  const query = filtersToQuery(filters);

  return (
    <>
      <PageHeader
        title="Morocco’s counterterrorism record, as reported"
        lead="Cells dismantled, arrests, plots foiled, foreign fighters and returnees — each number drawn from a news article or official statement, with the sentence it came from one click away."
      />
      <FilterProblems problems={problems} />
      <Headlines headlines={headlines} labels={new Map(metrics.map((m) => [m.key, m.label]))} />
      <p className="mb-4 text-sm text-muted">
        Drawn from <Link href={`/figures${query}`} className="text-accent underline-offset-2 hover:underline">{total.toLocaleString('en-US')} {total === 1 ? 'figure' : 'figures'}</Link> in{' '}
        <Link href="/sources" className="text-accent underline-offset-2 hover:underline">{sourceCount.toLocaleString('en-US')} {sourceCount === 1 ? 'source' : 'sources'}</Link>
        {pending > 0 ? <>; <Link href={`/figures${filtersToQuery(filters, { status: 'pending' })}`} className="text-accent underline-offset-2 hover:underline">{pending.toLocaleString('en-US')} more awaiting review</Link></> : null}.
      </p>
      <FilterForm action="/" filters={{ ...filters, status: shown.status }} options={options} show={['metric', 'from', 'to', 'status']} />
      {total === 0 ? (
        <EmptyState title={query ? 'No figures match these filters' : 'No figures yet'}>
          {query ? 'Widen the year range or clear a filter.' : <>Load articles with <code>npm run ingest -- FILE…</code>; the seed corpus loads automatically into an empty database.</>}
        </EmptyState>
      ) : (
        <>
          <div className="mb-4"><ChartKey /></div>
          <div className="grid gap-4 lg:grid-cols-2">
            {metrics
              .filter((m) => byMetric.has(m.key))
              .map((m) => {
                return <MetricPanel key={m.key} overview={byMetric.get(m.key)!} label={m.label} description={m.description} tableHref={`/figures${filtersToQuery(filters, { metric: m.key })}`} />;
              })}
          </div>
        </>
      )}
    </>
  );
}
