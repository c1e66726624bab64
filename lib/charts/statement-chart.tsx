import { CartesianGrid, ComposedChart, ErrorBar, Line, Scatter, XAxis, YAxis } from 'recharts';
import { markLabelId, SERIES_COLOURS, seriesNames, type ChartPoint } from '@/lib/view/chart-points';
import { countTicks, formatCount, yearStartTicks, yearTicks } from '@/lib/view/axis';

/**
 * One series kind of one metric, as a Recharts chart: annual figures at their year, or running totals at the date
 * they were stated with a step line through the statements (a total holds until it is restated). Each mark is what
 * its statement says — a filled dot for an exact count, an arrow up for a lower bound (hollow when strict), down for
 * an upper bound, a bar for a range — and an SVG link to the figure or the comparison: one Tab stop per mark.
 * Axes carry the unit, round ticks and separators.
 *
 * The chart is drawn on the server (lib/charts/render.ts), so it is a plain element tree: no hooks, no tooltip
 * component, no animation; the tooltips and taps are a small client layer over the markup (components/charts).
 */

/** What a chart is drawn from: everything the markup depends on, and so the key of the drawing cache. */
export interface ChartInput {
  kind: 'annual' | 'running';
  points: ChartPoint[];
  unit: string;
  width: number;
  height: number;
}

interface PlotPoint extends ChartPoint {
  err: [number, number];
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: PlotPoint;
  fill?: string;
}

function Mark({ cx, cy, payload, fill }: ShapeProps) {
  if (cx === undefined || cy === undefined || !payload || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const colour = fill ?? 'var(--series-1)';
  const hollow = payload.strict || payload.pending;
  const arrow = payload.mark === 'lower' ? -1 : payload.mark === 'upper' ? 1 : 0;
  return (
    // Named by the label written once beside both drawings (components/charts/drawn-chart.tsx, markLabelId): a name
    // here would be sent four times (two drawings, each in the HTML and in the page's payload).
    <a href={payload.href} aria-labelledby={markLabelId(payload)} className="chart-mark" data-figure-id={payload.id}>
      {/* A generous invisible hit area: small marks are hard to hover and tap. */}
      <circle cx={cx} cy={cy} r={12} fill="transparent" />
      {arrow !== 0 ? (
        <>
          <line x1={cx} y1={cy} x2={cx} y2={cy + arrow * 22} stroke={colour} strokeWidth={2} />
          <path d={`M ${cx - 5} ${cy + arrow * 16} L ${cx} ${cy + arrow * 24} L ${cx + 5} ${cy + arrow * 16} Z`} fill={colour} />
        </>
      ) : null}
      <circle cx={cx} cy={cy} r={6} fill={hollow ? 'var(--panel)' : colour} stroke={colour} strokeWidth={2} strokeDasharray={payload.pending ? '3 2' : undefined} />
      {payload.reports > 1 ? (
        <text x={cx + 9} y={cy - 8} fontSize={10} fill="var(--muted)">×{payload.reports}</text>
      ) : null}
    </a>
  );
}

const year = (t: number) => String(new Date(t).getUTCFullYear());

export function StatementChart({ kind, points, unit, width, height }: ChartInput) {
  const series = seriesNames(points);
  const bySeries = series.map((name, si) => ({
    name,
    colour: SERIES_COLOURS[si % SERIES_COLOURS.length]!,
    data: points.filter((p) => p.series === name).map((p): PlotPoint => ({ ...p, err: p.error ?? [0, 0] })),
  }));
  const ts = points.map((p) => p.t ?? 0);
  const lo = Math.min(...ts);
  const hi = Math.max(...ts);
  // Years: half a year of margin so end marks are not cut; times: from 1 January of the first year to the next.
  const xTicks = kind === 'annual' ? yearTicks(lo, hi) : yearStartTicks(lo, hi);
  const xDomain: [number, number] = kind === 'annual' ? [Math.min(xTicks[0]!, lo - 0.5), Math.max(xTicks[xTicks.length - 1]!, hi + 0.5)] : [xTicks[0]!, xTicks[xTicks.length - 1]!];
  const yTicks = countTicks(Math.max(1, ...points.map((p) => p.y + (p.error?.[1] ?? 0))) * 1.1);
  return (
    <ComposedChart width={width} height={height} margin={{ top: 28, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
      <XAxis
        type="number"
        dataKey="t"
        domain={xDomain}
        ticks={xTicks}
        tickFormatter={kind === 'annual' ? (y: number) => String(y) : year}
        interval={0}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        stroke="var(--line)"
        allowDecimals={false}
        label={{ value: kind === 'annual' ? 'year' : 'date stated', position: 'insideBottomRight', offset: -4, fill: 'var(--muted)', fontSize: 11 }}
        height={40}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[0, yTicks[yTicks.length - 1]!]}
        ticks={yTicks}
        tickFormatter={formatCount}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        stroke="var(--line)"
        width={64}
        allowDecimals={false}
        label={{ value: unit, angle: -90, position: 'insideLeft', fill: 'var(--muted)', fontSize: 11, style: { textAnchor: 'middle' } }}
      />
      {kind === 'running'
        ? bySeries.map((s) => (
            // The line is decoration (the marks carry the meaning).
            <Line key={`line-${s.name}`} data={s.data} dataKey="y" type="stepAfter" stroke={s.colour} strokeOpacity={0.5} strokeWidth={2} dot={false} activeDot={false} isAnimationActive={false} legendType="none" tooltipType="none" />
          ))
        : null}
      {bySeries.map((s) => (
        <Scatter key={s.name} name={s.name} data={s.data} fill={s.colour} shape={<Mark />} isAnimationActive={false}>
          <ErrorBar dataKey="err" direction="y" stroke={s.colour} width={8} isAnimationActive={false} />
        </Scatter>
      ))}
    </ComposedChart>
  );
}
