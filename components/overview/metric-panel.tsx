import Link from 'next/link';
import type { MetricOverview } from '@/lib/data/overview';
import { buildMetricChartData, type ChartPoint } from '@/lib/view/chart-points';
import { FigureScatter } from '@/components/charts/figure-scatter';
import { Panel } from '@/components/ui/primitives';

const VERDICT_TEXT = { agree: 'independent claims agree', disagree: 'independent claims disagree', single_claim: 'one claim' } as const;

function PointTable({ points, caption }: { points: ChartPoint[]; caption: string }) {
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-muted">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">When</th>
          <th scope="col" className="py-1 pr-2 font-medium">Value</th>
          <th scope="col" className="py-1 pr-2 font-medium">Reports</th>
          <th scope="col" className="py-1 pr-2 font-medium">Scope</th>
          <th scope="col" className="py-1 font-medium">Source</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id} className="border-t border-line align-top">
            <td className="py-1 pr-2">{p.periodText}</td>
            <td className="py-1 pr-2 font-semibold tabular-nums">
              <Link href={`/figures/${p.id}`} className="text-accent underline-offset-2 hover:underline">{p.display}</Link>
              {p.rangeText ? <span className="ml-1 text-xs font-normal text-muted">(reports say {p.rangeText})</span> : null}
              {p.pending ? <span className="ml-1 text-xs font-normal text-[var(--pending)]">pending</span> : null}
            </td>
            <td className="py-1 pr-2 tabular-nums">
              {p.reports > 1 ? (
                <Link href={p.href} className="text-accent underline-offset-2 hover:underline">{p.reports} reports, {p.sourceCount} {p.sourceCount === 1 ? 'source' : 'sources'}: {VERDICT_TEXT[p.verdict]}</Link>
              ) : '1'}
            </td>
            <td className="py-1 pr-2">{p.series}</td>
            <td className="py-1">{p.source}{p.reports > 1 ? ' (first report)' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One metric: its statements by year and its running totals by the date they were stated, each with a table.
 * A statement is one mark however many reports make it; the series show the most recent statements only.
 */
export function MetricPanel({ overview, label, description, tableHref }: { overview: MetricOverview; label: string; description: string; tableHref: string }) {
  const { metricKey, figureCount: total, annual, running } = overview;
  const data = buildMetricChartData([...annual.statements, ...running.statements]);
  const statements = annual.total + running.total;
  const drawn = annual.statements.length + running.statements.length;
  const headingId = `metric-${metricKey}`;
  return (
    <Panel aria-labelledby={headingId} data-metric={metricKey}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">{label}</h2>
        <Link href={tableHref} className="text-sm text-accent underline-offset-2 hover:underline">
          {total.toLocaleString('en-US')} {total === 1 ? 'figure' : 'figures'} in {statements.toLocaleString('en-US')} {statements === 1 ? 'statement' : 'statements'} →
        </Link>
      </div>
      <p className="text-sm text-muted">{description}</p>
      {statements > drawn ? (
        <p className="mt-1 text-sm text-[var(--pending)]">Charts show the {drawn.toLocaleString('en-US')} most recent of {statements.toLocaleString('en-US')} statements; narrow the years or open the table for all.</p>
      ) : null}
      {data.annual.points.length > 0 ? (
        <div className="mt-3">
          <h3 className="text-sm font-medium">By year</h3>
          <FigureScatter label={`${label} by year`} {...data.annual} />
          <details className="text-sm">
            <summary className="cursor-pointer text-accent">Show as table</summary>
            <PointTable points={data.annual.points} caption={`${label} by year`} />
          </details>
        </div>
      ) : null}
      {data.cumulative.points.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-medium">Running and standing totals, by date stated</h3>
          <FigureScatter label={`${label}: cumulative totals by date stated`} {...data.cumulative} />
          <details className="text-sm">
            <summary className="cursor-pointer text-accent">Show as table</summary>
            <PointTable points={data.cumulative.points} caption={`${label}: cumulative totals by date stated`} />
          </details>
        </div>
      ) : null}
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
    </div>
  );
}
