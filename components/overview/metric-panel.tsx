import { Link } from '@/components/ui/link';
import type { MetricOverview } from '@/lib/data/overview';
import { buildMetricChartData, describeSeries, reportsText, SERIES_COLOURS, seriesNames, type ChartPoint } from '@/lib/view/chart-points';
import { unitOf } from '@/lib/domain/metrics';
import { chartCsvHref } from '@/lib/export/chart-csv';
import { DrawnChart, type SIZES } from '@/components/charts/drawn-chart';
import { ChartDownloads } from '@/components/charts/chart-downloads';
import { Panel } from '@/components/ui/primitives';

/** A chart's table alternative (styled by .point-table in app/globals.css: one rule, not classes on every cell). */
export function PointTable({ points, caption }: { points: ChartPoint[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="point-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Value</th>
            <th scope="col">Reports</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <td>{p.periodText}</td>
              <td>
                <Link href={`/figures/${p.id}`}>{p.display}</Link>
                {p.rangeText ? <span className="sub">{`(reports say ${p.rangeText})`}</span> : null}
                {p.pending ? <span className="sub pending">pending</span> : null}
              </td>
              <td>{p.reports > 1 ? <Link href={p.href}>{reportsText(p)}</Link> : '1'}</td>
              <td>{p.reports > 1 ? `${p.source} (first report)` : p.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A chart with what makes it usable without seeing it: a title, a description in words (its accessible
 * description), a link to skip past its marks, a legend when it has several series, and the table alternative.
 */
export function ChartBlock({ id, title, kind, points, unit, metricKey, size }: { id: string; title: string; kind: 'annual' | 'running'; points: ChartPoint[]; unit: string; metricKey: string; size?: keyof typeof SIZES }) {
  const names = seriesNames(points);
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="mt-3" data-chart={id}>
      <h3 id={`${id}-title`} className="text-sm font-medium">{title}</h3>
      <a href={`#${id}-after`} className="skip-link">Skip the chart</a>
      <p id={`${id}-desc`} className="sr-only">{describeSeries(title, kind, points, unit)}</p>
      <DrawnChart name={id} kind={kind} points={points} unit={unit} size={size} />
      <ChartDownloads name={id} title={title} csvHref={chartCsvHref(metricKey)} />
      <span id={`${id}-after`} tabIndex={-1} />
      {names.length > 1 ? (
        <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          {names.map((name, i) => (
            <span key={name} className="inline-flex items-center gap-1">
              <svg width="10" height="10" aria-hidden><circle cx="5" cy="5" r="4" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} /></svg>
              {name}
            </span>
          ))}
        </p>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">Show as table</summary>
        <PointTable points={points} caption={title} />
      </details>
    </figure>
  );
}

/** A series with one statement is a number with its quote, not a one-dot chart. */
export function NumberCard({ title, point, unit }: { title: string; point: ChartPoint; unit: string }) {
  return (
    <div className="mt-3 rounded-md border border-line p-3" data-testid="number-card">
      <h3 className="text-sm font-medium">{title}</h3>
      <p className="mt-1">
        <Link href={point.href} className="text-2xl font-semibold tabular-nums text-accent underline-offset-2 hover:underline">{point.display}</Link>{' '}
        <span className="text-sm text-muted">{unit} · {point.periodText}</span>
      </p>
      <blockquote className="mt-1 text-sm italic">“{point.quoteExcerpt}”</blockquote>
      <p className="mt-1 text-xs text-muted">
        {point.source}{point.attributedTo ? ` · ${point.attributedTo}` : ''}
        {point.reports > 1 ? ` · ${reportsText(point)}` : ''}
      </p>
    </div>
  );
}

function SeriesBlock({ id, title, kind, points, unit, metricKey }: { id: string; title: string; kind: 'annual' | 'running'; points: ChartPoint[]; unit: string; metricKey: string }) {
  if (points.length === 0) return null;
  if (points.length === 1) return <NumberCard title={title} point={points[0]!} unit={unit} />;
  return <ChartBlock id={id} title={title} kind={kind} points={points} unit={unit} metricKey={metricKey} />;
}

/** Statements listed, not drawn: parts of a total (their own scale) or ones with no place on an axis. */
export function PointList({ title, points, note }: { title: string; points: ChartPoint[]; note?: string }) {
  if (!points.length) return null;
  return (
    <div className="mt-3 text-sm">
      <h3 className="font-medium">{title}</h3>
      {note ? <p className="text-xs text-muted">{note}</p> : null}
      <ul className="mt-1 space-y-1">
        {points.map((p) => (
          <li key={p.id}>
            <Link href={p.href} className="font-semibold tabular-nums text-accent underline-offset-2 hover:underline">{p.display}</Link>{' '}
            <span className="text-muted">· {p.periodText} · {p.source}{p.reports > 1 ? ` · ${reportsText(p)}` : ''}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One metric on the overview: annual figures and running totals as separate charts (national totals only), a series
 * of one statement as a number with its quote, parts of the total and undatable statements as short lists. The
 * heading opens the metric's own page.
 */
export function MetricPanel({ overview, label, description, tableHref }: { overview: MetricOverview; label: string; description: string; tableHref: string }) {
  const { metricKey, figureCount: total, annual, running } = overview;
  const data = buildMetricChartData([...annual.statements, ...running.statements]);
  const statements = annual.total + running.total;
  const drawn = annual.statements.length + running.statements.length;
  const unit = unitOf(metricKey);
  const headingId = `metric-${metricKey}`;
  const parts = data.subsets.flatMap((s) => s.points.slice(-1).map((p) => ({ ...p, periodText: `${s.scope}: ${p.periodText}` })));
  return (
    <Panel aria-labelledby={headingId} data-metric={metricKey}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/metrics/${metricKey}`} className="underline-offset-2 hover:underline">{label}</Link>
        </h2>
        <Link href={tableHref} className="text-sm text-accent underline-offset-2 hover:underline">
          {total.toLocaleString('en-US')} {total === 1 ? 'figure' : 'figures'} in {statements.toLocaleString('en-US')} {statements === 1 ? 'statement' : 'statements'} →
        </Link>
      </div>
      <p className="text-sm text-muted">{description}</p>
      {statements > drawn ? (
        <p className="mt-1 text-sm text-[var(--pending)]">Showing the {drawn.toLocaleString('en-US')} most recent of {statements.toLocaleString('en-US')} statements; <Link href={`/metrics/${metricKey}`} className="underline">the metric page</Link> has them all.</p>
      ) : null}
      <SeriesBlock id={`${metricKey}-annual`} title={`${label} by year, national total`} kind="annual" points={data.annual} unit={unit} metricKey={metricKey} />
      <SeriesBlock id={`${metricKey}-running`} title={`${label}: running totals, by date stated`} kind="running" points={data.running} unit={unit} metricKey={metricKey} />
      {data.annual.length + data.running.length === 0 && data.unplaced.length === 1 ? (
        // The metric's only national statement has no place on an axis: it is the number, with its quote.
        <NumberCard title={`${label}, ${data.unplaced[0]!.periodText}`} point={data.unplaced[0]!} unit={unit} />
      ) : (
        <PointList title="Not on the charts" note="Several years at once, or no known date." points={data.unplaced} />
      )}
      <PointList title="Parts of the total" note="Narrower counts (one agency, one group), kept off the totals’ axis; the latest of each." points={parts} />
      <p className="mt-3 text-sm"><Link href={`/metrics/${metricKey}`} className="text-accent underline-offset-2 hover:underline">The whole story of {label.toLowerCase()} →</Link></p>
    </Panel>
  );
}

export function ChartKey() {
  const item = 'inline-flex items-center gap-1.5';
  return (
    <div className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="How to read the charts">
      <span className={item}><svg width="14" height="14" aria-hidden><circle cx="7" cy="7" r="5" fill="var(--series-1)" /></svg>exact count</span>
      <span className={item}><svg width="14" height="22" aria-hidden><line x1="7" y1="16" x2="7" y2="2" stroke="var(--series-1)" strokeWidth="2" /><circle cx="7" cy="16" r="5" fill="var(--panel)" stroke="var(--series-1)" strokeWidth="2" /></svg>“more than” (lower bound; filled: “at least”)</span>
      <span className={item}><svg width="14" height="22" aria-hidden><line x1="7" y1="6" x2="7" y2="20" stroke="var(--series-1)" strokeWidth="2" /><circle cx="7" cy="6" r="5" fill="var(--series-1)" /></svg>“up to” / “fewer than” (upper bound)</span>
      <span className={item}><svg width="14" height="14" aria-hidden><circle cx="7" cy="7" r="5" fill="var(--panel)" stroke="var(--series-1)" strokeWidth="2" strokeDasharray="3 2" /></svg>pending review</span>
      <span className={item}>×N: one statement made by N reports (opens their comparison)</span>
    </div>
  );
}
