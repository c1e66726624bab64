import Link from 'next/link';
import { getChartSlices, getFilterOptions, getPendingCount } from '@/lib/data/figures';
import { getMetrics } from '@/lib/data/metrics';
import { effectiveFilters, filtersToQuery, parseFigureFilters, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { MetricPanel, ChartKey } from '@/components/overview/metric-panel';
import { FilterForm } from '@/components/filters/filter-form';
import { FilterProblems } from '@/components/filters/filter-problems';
import { EmptyState, PageHeader } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, problems } = parseFigureFilters(await searchParams);
  const shown = effectiveFilters(filters, (await currentAnalyst()) !== null);
  const [slices, metrics, options, pending] = await Promise.all([getChartSlices(shown), getMetrics(), getFilterOptions(), getPendingCount({ ...filters, status: undefined })]);
  const byMetric = new Map(slices.map((s) => [s.metricKey, s]));
  const total = slices.reduce((n, s) => n + s.total, 0);
  const query = filtersToQuery(filters);

  return (
    <>
      <PageHeader
        title="Morocco’s counterterrorism record, as reported"
        lead="Cells dismantled, arrests, plots foiled, foreign fighters and returnees — each number drawn from a news article or official statement, with the sentence it came from one click away."
      />
      <FilterProblems problems={problems} />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Figures" value={total} href={`/figures${query}`} />
        <Stat label="Sources" value={options.sources.length} href="/sources" />
        <Stat label="Metrics with data" value={byMetric.size} href={`/compare${query}`} />
        <Stat label="Pending review" value={pending} href={`/figures${filtersToQuery(filters, { status: 'pending' })}`} />
      </dl>
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
                const slice = byMetric.get(m.key)!;
                return <MetricPanel key={m.key} metricKey={m.key} label={m.label} description={m.description} figures={slice.figures} total={slice.total} tableHref={`/figures${filtersToQuery(filters, { metric: m.key })}`} />;
              })}
          </div>
        </>
      )}
    </>
  );
}

function Stat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <div className="rounded-lg border border-line bg-panel p-3">
      <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">
        <Link href={href} className="hover:underline underline-offset-2">{value.toLocaleString('en-US')}</Link>
      </dd>
    </div>
  );
}
