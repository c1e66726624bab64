import { Link } from '@/components/ui/link';
import type { MetricOverview } from '@/lib/data/overview';
import { buildMetricChartData, reportsText, type ChartPoint, type MetricChartData } from '@/lib/view/chart-points';
import { ChartBlock, NumberCard, PointList } from '@/components/overview/metric-panel';
import { Panel } from '@/components/ui/primitives';
import type { SIZES } from '@/components/charts/drawn-chart';

/** One series: a chart when it has two placed statements or more, else the number, else nothing. */
export function SeriesView({ id, title, kind, points, unit, metricKey, size }: { id: string; title: string; kind: 'annual' | 'running'; points: ChartPoint[]; unit: string; metricKey: string; size?: keyof typeof SIZES }) {
  const placed = points.filter((p) => p.t !== null);
  if (placed.length >= 2) return <ChartBlock id={id} title={title} kind={kind} points={placed} unit={unit} metricKey={metricKey} size={size} />;
  if (placed.length === 1) return <NumberCard title={title} point={placed[0]!} unit={unit} />;
  return null;
}

export function storyData(story: MetricOverview): MetricChartData {
  return buildMetricChartData([...story.annual.statements, ...story.running.statements]);
}

/** Each part of the total on its own scale: annual and running statements of one scope, charted apart. */
export function PartsView({ metricKey, data, unit }: { metricKey: string; data: MetricChartData; unit: string }) {
  if (!data.subsets.length) return <p className="text-sm text-muted">No narrower counts (one agency, one group) are reported for this metric.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {data.subsets.map((s, i) => {
        const annual = s.points.filter((p) => !p.cumulative);
        const running = s.points.filter((p) => p.cumulative);
        const unplaced = [...annual, ...running].filter((p) => p.t === null);
        return (
          <Panel key={s.scope} aria-label={`Part of the total: ${s.scope}`}>
            <h3 className="font-semibold">{s.scope}</h3>
            <SeriesView id={`${metricKey}-part-${i}-annual`} title={`${s.scope}, by year`} kind="annual" points={annual} unit={unit} metricKey={metricKey} />
            <SeriesView id={`${metricKey}-part-${i}-running`} title={`${s.scope}: running totals, by date stated`} kind="running" points={running} unit={unit} metricKey={metricKey} />
            <PointList title="Not on the charts" note="Several years at once, or no known date." points={unplaced} />
          </Panel>
        );
      })}
    </div>
  );
}

/** Every statement, newest first: what it says in words, the quote of its first report, and where it leads. */
export function StatementList({ points }: { points: ChartPoint[] }) {
  return (
    <ol className="space-y-3" data-testid="statement-list">
      {points.map((p) => (
        <li key={p.id} className="rounded border border-line p-3 text-sm" data-testid="statement">
          <p className="flex flex-wrap items-baseline gap-2">
            <Link href={`/figures/${p.id}`} className="text-lg font-semibold tabular-nums text-accent underline-offset-2 hover:underline">{p.display}</Link>
            <span className="text-muted">{p.periodText}{p.scope ? ` · ${p.scope}` : ''}</span>
          </p>
          <p className="mt-1">{p.summary}</p>
          <blockquote className="mt-1 italic">“{p.quoteExcerpt}”</blockquote>
          <p className="mt-1 text-xs text-muted">
            {p.source}{p.attributedTo ? ` · ${p.attributedTo}` : ''}
            {p.reports > 1 ? <> · <Link href={p.href} className="text-accent underline-offset-2 hover:underline">{reportsText(p)}: compare them →</Link></> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
