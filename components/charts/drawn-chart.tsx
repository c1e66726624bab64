import { Suspense } from 'react';
import { drawnSvg, renderChartSvg } from '@/lib/charts/render';
import type { ChartInput } from '@/lib/charts/statement-chart';
import { markLabel, markLabelId, reportsText, type ChartPoint } from '@/lib/view/chart-points';
import { ChartInteractions } from './chart-interactions';
import { TRANSIENT_MARK } from '@/lib/http/transient';

/**
 * A statement chart as the reader receives it: drawn by Recharts on the server (lib/charts/render.ts) at two sizes —
 * one for wide boxes, one for phones, so the axis labels stay readable on either — the box's height reserved by
 * the drawing's proportions, and one tooltip per mark written out beside it (hidden until its mark is pointed at,
 * focused or tapped: components/charts/chart-interactions.tsx). No chart code runs in the browser.
 */

/** Width of the wide drawing; phones get NARROW. Heights follow, so text scales by about the same factor on both. */
export const SIZES = { panel: { width: 560, height: 260 }, page: { width: 880, height: 320 } } as const;
const NARROW = { width: 360, height: 240 };

/**
 * A mark's tooltip (styled by .chart-tip in app/globals.css). A statement of several reports leads with how they
 * relate in a few words and the range they print, as the mark's accessible name does (markLabel); a click opens the
 * comparison that says who said what.
 */
export function Tip({ point: p }: { point: ChartPoint }) {
  return (
    <div className="chart-tip" role="tooltip" id={`tip-${p.id}`} data-tip-for={p.id} hidden>
      {p.reports > 1 ? <p className="lead">{`${reportsText(p)}${p.rangeText ? ` · reports say ${p.rangeText}` : ''}. The first report:`}</p> : null}
      <p className="value">{`${p.display} `}<span>{`printed “${p.valueText}”`}</span></p>
      <p>{p.periodText}</p>
      <p className="muted">{p.attributedTo ? `${p.source} · ${p.attributedTo}` : p.source}</p>
      <p className="quote">{`“${p.quoteExcerpt}”`}</p>
      {p.pending ? <p className="pending">Pending review</p> : null}
      <p className="hint">{p.reports > 1 ? 'Click or tap again to compare the reports.' : 'Click or tap again to open the figure.'}</p>
    </div>
  );
}

function Drawing({ svg, size, className }: { svg?: string; size: { width: number; height: number }; className: string }) {
  const box = { aspectRatio: `${size.width} / ${size.height}`, maxWidth: size.width * 1.25 };
  return svg === undefined ? <div className={`chart-box ${className}`} style={box} /> : <div className={`chart-box ${className}`} style={box} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The chart's place while it is drawn (the first reader after a start): the drawings' boxes, so nothing moves. */
function ChartPlaceholder({ size = 'panel' }: { size?: keyof typeof SIZES }) {
  return (
    <div className="chart-frame relative" aria-busy="true">
      <span className="sr-only">Drawing the chart…</span>
      <Drawing size={SIZES[size]} className="chart-wide" />
      <Drawing size={NARROW} className="chart-narrow" />
    </div>
  );
}

type ChartProps = Pick<ChartInput, 'kind' | 'points' | 'unit'> & { name: string; size?: keyof typeof SIZES };

const inputs = ({ kind, points, unit, size = 'panel' }: ChartProps): [ChartInput, ChartInput] => [
  { kind, points, unit, ...SIZES[size] },
  { kind, points, unit, ...NARROW },
];

function Chart({ name, points, size = 'panel', drawings }: ChartProps & { drawings: [string, string] }) {
  return (
    <ChartInteractions name={name}>
      <Drawing svg={drawings[0]} size={SIZES[size]} className="chart-wide" />
      <Drawing svg={drawings[1]} size={NARROW} className="chart-narrow" />
      {points.map((p) => <Tip key={p.id} point={p} />)}
      {points.map((p) => <span key={p.id} id={markLabelId(p)} hidden>{markLabel(p)}</span>)}
    </ChartInteractions>
  );
}

/** A chart still being drawn: awaited inside its placeholder, the rest of the page already sent. */
async function ChartBeingDrawn({ wide, narrow, ...props }: ChartProps & { wide: ChartInput; narrow: ChartInput }) {
  const drawings = await Promise.all([renderChartSvg(wide), renderChartSvg(narrow)]).catch((e: unknown) => {
    console.error(`chart ${props.name}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  // Marked transient: a page carrying it is not kept for later readers (lib/http/page-cache.ts), whose render may draw it.
  if (!drawings) return <p className="my-3 rounded border border-line p-3 text-sm text-muted" role="status" {...{ [TRANSIENT_MARK]: '' }}>This chart could not be drawn just now. Every value it shows is in the table below.</p>;
  return <Chart {...props} drawings={drawings} />;
}

/**
 * Drawn already (the usual case: drawings are kept), the chart is sent inside the page, readable without
 * JavaScript. Not drawn yet (the first reader after a start, or new data), it streams in after the rest of the
 * page in a placeholder of its size, so it does not hold the page back and nothing moves when it arrives.
 */
export function DrawnChart(props: ChartProps) {
  const [wide, narrow] = inputs(props);
  const drawings = [drawnSvg(wide), drawnSvg(narrow)] as const;
  if (drawings[0] !== undefined && drawings[1] !== undefined) return <Chart {...props} drawings={[drawings[0], drawings[1]]} />;
  return (
    <Suspense fallback={<ChartPlaceholder size={props.size} />}>
      <ChartBeingDrawn {...props} wide={wide} narrow={narrow} />
    </Suspense>
  );
}
