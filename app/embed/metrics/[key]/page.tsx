import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMetric } from '@/lib/data/metrics';
import { getMetricStory } from '@/lib/data/overview';
import { effectiveFilters, type SearchParams } from '@/lib/data/schemas';
import { unitOf } from '@/lib/domain/metrics';
import { embedChartSchema } from '@/lib/view/metric-views';
import { SeriesView, storyData } from '@/components/overview/metric-story';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetric((await params).key);
  return { title: metric ? `${metric.label} (embedded chart)` : 'Metric not found', robots: { index: false } };
}

/**
 * The framable chart of one metric (proxy.ts and next.config.js let any site frame /embed/ and nothing else): its
 * running totals, or its annual figures (`?chart=annual`), readers' view only, with a link back to the quotes.
 * The root layout leaves out the site's header and footer for this path.
 */
export default async function EmbedMetricPage({ params, searchParams }: Props) {
  const metric = await getMetric((await params).key);
  if (!metric) notFound();
  const sp = await searchParams;
  const asked = embedChartSchema.parse(typeof sp.chart === 'string' ? sp.chart : undefined);
  const story = await getMetricStory(metric.key, effectiveFilters({}, false));
  const data = story ? storyData(story) : null;
  // Running totals unless asked otherwise; a metric without two dated totals shows its annual figures.
  const kind = asked === 'annual' || !data || data.running.length < 2 ? (data && data.annual.length ? 'annual' : 'running') : 'running';
  const points = data ? (kind === 'annual' ? data.annual : data.running) : [];
  const title = kind === 'annual' ? `${metric.label} by year, national total` : `${metric.label}: running totals, by date stated`;
  const back = `/metrics/${metric.key}${kind === 'annual' ? '?view=annual' : '?view=running'}`;
  return (
    <div className="p-3">
      <h1 className="text-base font-semibold">{metric.label} in Morocco, as reported</h1>
      {points.length ? <SeriesView id={`embed-${metric.key}`} title={title} kind={kind} points={points} unit={unitOf(metric.key)} metricKey={metric.key} /> : <p className="text-sm text-muted">No figures to draw yet.</p>}
      <p className="mt-2 text-xs text-muted">
        Every number is tied to the sentence it came from.{' '}
        {/* Out of the frame: the reader leaves the embedding page for the evidence. */}
        <a href={back} target="_blank" rel="noopener" className="text-accent underline">See the quotes and sources on ctstats ↗</a>
      </p>
    </div>
  );
}
