'use client';

import { CartesianGrid, ErrorBar, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from '@/lib/view/chart-points';

/**
 * Draws figures as what they are: a filled dot for an exact count, a dot with an arrow up for a lower bound
 * (hollow when strict: "more than"), an arrow down for an upper bound, a bar for "about". Each mark is an SVG
 * link to the figure's page, so it can be reached by keyboard and followed by click.
 */

const SERIES_COLOURS = ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)', 'var(--series-5)', 'var(--series-6)'];

interface PlotPoint extends ChartPoint {
  xi: number;
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
  const label =
    payload.reports > 1
      ? `${payload.summary} Open the comparison.`
      : `${payload.display} (${payload.valueText}) — ${payload.periodText}, ${payload.source}. Open figure.`;
  return (
    <a href={payload.href} aria-label={label} className="chart-mark" data-figure-id={payload.id}>
      {/* A generous invisible hit area: small marks are hard to hover and tap. */}
      <circle cx={cx} cy={cy} r={12} fill="transparent" />
      {arrow !== 0 ? (
        <>
          <line x1={cx} y1={cy} x2={cx} y2={cy + arrow * 22} stroke={colour} strokeWidth={2} />
          <path d={`M ${cx - 5} ${cy + arrow * 16} L ${cx} ${cy + arrow * 24} L ${cx + 5} ${cy + arrow * 16} Z`} fill={colour} />
        </>
      ) : null}
      <circle
        cx={cx}
        cy={cy}
        r={6}
        fill={hollow ? 'var(--panel)' : colour}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={payload.pending ? '3 2' : undefined}
      />
      {payload.reports > 1 ? (
        <text x={cx + 9} y={cy - 8} fontSize={10} fill="var(--muted)">×{payload.reports}</text>
      ) : null}
    </a>
  );
}

function TooltipBody({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: PlotPoint }> }) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p) return null;
  return (
    <div className="max-w-xs rounded-md border border-line bg-panel p-3 text-xs shadow-lg">
      {p.reports > 1 ? (
        <p className="mb-2 font-medium">
          {p.reports} reports from {p.sourceCount} {p.sourceCount === 1 ? 'source' : 'sources'}{p.rangeText ? ` say ${p.rangeText}` : ''} · {p.verdict === 'disagree' ? `${p.claimCount} independent claims that disagree` : p.verdict === 'agree' ? `${p.claimCount} independent claims that agree` : 'one claim, repeated'}{p.transcriptionConflict ? ' (a transcription conflict)' : ''}. The first:
        </p>
      ) : null}
      <p className="text-base font-semibold tabular-nums">
        {p.display} <span className="text-xs font-normal text-muted">printed “{p.valueText}”</span>
      </p>
      <p className="mt-1">{p.periodText}{p.series !== 'National total' ? ` · ${p.series}` : ''}</p>
      <p className="mt-1 text-muted">{p.source}{p.attributedTo ? ` · ${p.attributedTo}` : ''}</p>
      <p className="mt-2 italic">“{p.quoteExcerpt}”</p>
      {p.pending ? <p className="mt-1 font-medium text-[var(--pending)]">Pending review</p> : null}
      <p className="mt-2 text-muted">{p.reports > 1 ? 'Click the mark to compare the reports.' : 'Click the mark to open the figure.'}</p>
    </div>
  );
}

export function FigureScatter({ categories, points, series, label, height = 260 }: { categories: string[]; points: ChartPoint[]; series: string[]; label: string; height?: number }) {
  // Marks sharing a category are spread side by side (never stacked), so each stays visible and clickable.
  const perCategory = new Map<string, ChartPoint[]>();
  for (const name of series) for (const p of points) if (p.series === name) perCategory.set(p.x, [...(perCategory.get(p.x) ?? []), p]);
  const slot = new Map<number, number>();
  for (const group of perCategory.values()) {
    const width = Math.min(0.7, 0.22 * (group.length - 1));
    group.forEach((p, k) => slot.set(p.id, group.length > 1 ? -width / 2 + (width * k) / (group.length - 1) : 0));
  }
  const bySeries = series.map((name, si) => ({
    name,
    colour: SERIES_COLOURS[si % SERIES_COLOURS.length]!,
    data: points
      .filter((p) => p.series === name)
      .map((p): PlotPoint => ({ ...p, xi: categories.indexOf(p.x) + (slot.get(p.id) ?? 0), err: p.error ?? [0, 0] })),
  }));
  const slanted = categories.length > 2 && categories.some((c) => c.length > 6);
  const maxY = niceCeiling(Math.max(1, ...points.map((p) => p.y + (p.error?.[1] ?? 0))) * 1.15);
  return (
    <figure aria-label={label} className="w-full">
      <div style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 28, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
            <XAxis
              type="number"
              dataKey="xi"
              domain={[-0.6, categories.length - 0.4]}
              ticks={categories.map((_, i) => i)}
              tickFormatter={(i: number) => categories[i] ?? ''}
              interval={0}
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
              stroke="var(--line)"
              allowDecimals={false}
              // Long date labels would run into each other on a phone: slant them once there are several.
              {...(slanted ? { angle: -30, textAnchor: 'end', height: 64 } : {})}
            />
            <YAxis type="number" dataKey="y" domain={[0, maxY]} tick={{ fill: 'var(--muted)', fontSize: 12 }} stroke="var(--line)" width={48} allowDecimals={false} />
            <Tooltip content={<TooltipBody />} cursor={{ strokeDasharray: '3 3' }} isAnimationActive={false} />
            {bySeries.map((s) => (
              <Scatter key={s.name} name={s.name} data={s.data} fill={s.colour} shape={<Mark />} isAnimationActive={false}>
                <ErrorBar dataKey="err" direction="y" stroke={s.colour} width={8} />
              </Scatter>
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      {series.length > 1 || series[0] !== 'National total' ? (
        <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          {bySeries.map((s) => (
            <span key={s.name} className="inline-flex items-center gap-1">
              <svg width="10" height="10" aria-hidden>
                <circle cx="5" cy="5" r="4" fill={s.colour} />
              </svg>
              {s.name}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above n: axis ends that read as round numbers. */
function niceCeiling(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= n) ?? 10;
  return step * power;
}
