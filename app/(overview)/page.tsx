import Link from 'next/link';
import { getChartFigures, getFilterOptions } from '@/lib/data/figures';
import { getMetrics } from '@/lib/data/metrics';
import { MetricPanel, ChartKey } from '@/components/overview/metric-panel';
import { EmptyState, PageHeader, Panel } from '@/components/ui/primitives';
import type { FigureView } from '@/lib/data/dto';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const [figures, metrics, options] = await Promise.all([getChartFigures({}), getMetrics(), getFilterOptions()]);
  const byMetric = new Map<string, FigureView[]>();
  for (const f of figures) byMetric.set(f.metricKey, [...(byMetric.get(f.metricKey) ?? []), f]);
  const pending = figures.filter((f) => f.reviewStatus === 'pending').length;

  return (
    <>
      <PageHeader
        title="Morocco’s counterterrorism record, as reported"
        lead="Cells dismantled, arrests, plots foiled, foreign fighters and returnees — each number drawn from a news article or official statement, with the sentence it came from one click away."
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Figures" value={figures.length} href="/figures" />
        <Stat label="Sources" value={options.sources.length} href="/sources" />
        <Stat label="Metrics with data" value={byMetric.size} href="/compare" />
        <Stat label="Pending review" value={pending} href="/figures?status=pending" />
      </dl>
      {figures.length === 0 ? (
        <EmptyState title="No figures yet">
          Load articles with <code>npm run ingest -- FILE…</code>; the seed corpus loads automatically into an empty database.
        </EmptyState>
      ) : (
        <>
          <div className="mb-4"><ChartKey /></div>
          <div className="grid gap-4 lg:grid-cols-2">
            {metrics
              .filter((m) => byMetric.has(m.key))
              .map((m) => (
                <MetricPanel key={m.key} metricKey={m.key} label={m.label} description={m.description} figures={byMetric.get(m.key)!} />
              ))}
          </div>
        </>
      )}
    </>
  );
}

function Stat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Panel className="p-3">
      <Link href={href} className="block">
        <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
        <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString('en-US')}</dd>
      </Link>
    </Panel>
  );
}
