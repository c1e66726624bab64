import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { publicUrl } from '@/lib/http/public-url';
import { notFound } from 'next/navigation';
import { getMetric } from '@/lib/data/metrics';
import { getMetricStory } from '@/lib/data/overview';
import { effectiveFilters, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { unitOf } from '@/lib/domain/metrics';
import { METRIC_VIEW_LABEL, METRIC_VIEWS, metricViewHref, metricViewSchema, type MetricViewName } from '@/lib/view/metric-views';
import { PointList } from '@/components/overview/metric-panel';
import { PartsView, SeriesView, StatementList, storyData } from '@/components/overview/metric-story';
import { EmptyState, PageHeader, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetric((await params).key);
  if (!metric) return { title: 'Metric not found' };
  const title = `${metric.label}: the record, sourced`;
  const description = `${metric.label} in Morocco as reported by news articles and official statements: annual figures, running totals and every statement with its quote.`;
  // The image is the metric's own card (opengraph-image.tsx beside this page); Twitter reads the same og:image.
  return { title, description, alternates: { canonical: `/metrics/${metric.key}` }, openGraph: { type: 'article', siteName: 'ctstats', title, description, url: `/metrics/${metric.key}` }, twitter: { card: 'summary_large_image', title, description } };
}

/**
 * One metric's story: annual figures, running totals over time, parts of the total, every statement with its quote,
 * and the comparisons. Each view has its own address (`?view=`), so a journalist can link to exactly what they cite.
 */
export default async function MetricPage({ params, searchParams }: Props) {
  const metric = await getMetric((await params).key);
  if (!metric) notFound();
  const sp = await searchParams;
  const view: MetricViewName = metricViewSchema.parse(typeof sp.view === 'string' ? sp.view : undefined);
  const filters = effectiveFilters({}, (await currentAnalyst()) !== null);
  const story = await getMetricStory(metric.key, filters);
  const unit = unitOf(metric.key);
  const show = (v: MetricViewName) => view === 'story' || view === v;
  const embedSrc = publicUrl(`/embed/metrics/${metric.key}`);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/" className="underline-offset-2 hover:underline">Overview</Link> / <span>{metric.label}</span>
      </nav>
      <PageHeader title={metric.label} lead={metric.description} />
      <nav aria-label="Views of this metric" className="mb-4 flex flex-wrap gap-2 text-sm">
        {METRIC_VIEWS.map((v) => (
          <Link key={v} href={metricViewHref(metric.key, v)} aria-current={v === view ? 'page' : undefined} className={`rounded border px-3 py-1 ${v === view ? 'border-accent bg-accent text-white' : 'border-line text-accent'}`}>
            {METRIC_VIEW_LABEL[v]}
          </Link>
        ))}
      </nav>
      {!story ? (
        <EmptyState title={`No ${metric.label.toLowerCase()} figures yet`}>When a report states one, it appears here with its quote.</EmptyState>
      ) : (
        <MetricViews metricKey={metric.key} label={metric.label} story={story} unit={unit} show={show} view={view} />
      )}
      <Panel className="mt-6" aria-labelledby="embed-heading">
        <h2 id="embed-heading" className="text-lg font-semibold">Embed this chart</h2>
        <p className="text-sm text-muted">Paste this into a web page: it shows the chart of {metric.label.toLowerCase()} with a link back to the quotes.</p>
        <pre className="mt-2 overflow-x-auto rounded bg-bg p-3 text-xs"><code data-testid="embed-snippet">{`<iframe src="${embedSrc}" title="${metric.label}, sourced by ctstats" width="100%" height="460" style="border:0" loading="lazy"></iframe>`}</code></pre>
        {/* A full page load, as inside a frame: the embed has its own bare layout. */}
        <p className="mt-2 text-sm"><a href={`/embed/metrics/${metric.key}`} className="text-accent underline-offset-2 hover:underline">Preview the embed →</a></p>
      </Panel>
    </>
  );
}

function MetricViews({ metricKey, label, story, unit, show, view }: { metricKey: string; label: string; story: NonNullable<Awaited<ReturnType<typeof getMetricStory>>>; unit: string; show: (v: MetricViewName) => boolean; view: MetricViewName }) {
  const data = storyData(story);
  // Newest first: a running total by the date it was stated, an annual figure by the end of its period; unknown last.
  const points = new Map([...data.annual, ...data.running, ...data.unplaced, ...data.subsets.flatMap((s) => s.points)].map((p) => [p.id, p]));
  const when = (s: (typeof story.annual.statements)[number]) => (s.cumulative ? s.asOf : (s.first.periodEnd ?? s.first.periodStart));
  const statements = [...story.annual.statements, ...story.running.statements]
    .sort((a, b) => newestFirst(when(a), when(b)) || b.first.id - a.first.id)
    .flatMap((s) => points.get(s.first.id) ?? []);
  const read = story.annual.statements.length + story.running.statements.length;
  const all = story.annual.total + story.running.total;
  return (
    <div className="space-y-6">
      {all > read ? <p className="text-sm text-[var(--pending)]">Showing the {read.toLocaleString('en-US')} most recent of {all.toLocaleString('en-US')} statements; <Link href={`/figures?metric=${metricKey}`} className="underline">the table has every figure</Link>.</p> : null}
      {show('annual') ? (
        <section id="annual" aria-labelledby="annual-heading">
          <h2 id="annual-heading" className="text-lg font-semibold">By year <Link href={metricViewHref(metricKey, 'annual')} className="ml-2 text-sm font-normal text-accent underline-offset-2 hover:underline">Link to this view</Link></h2>
          <SeriesView id={`${metricKey}-story-annual`} title={`${label} by year, national total`} kind="annual" points={data.annual} unit={unit} metricKey={metricKey} size="page" />
          {data.annual.length === 0 ? <p className="text-sm text-muted">No national figure for a single year.</p> : null}
        </section>
      ) : null}
      {show('running') ? (
        <section id="running" aria-labelledby="running-heading">
          <h2 id="running-heading" className="text-lg font-semibold">Running totals over time <Link href={metricViewHref(metricKey, 'running')} className="ml-2 text-sm font-normal text-accent underline-offset-2 hover:underline">Link to this view</Link></h2>
          <SeriesView id={`${metricKey}-story-running`} title={`${label}: running totals, by date stated`} kind="running" points={data.running} unit={unit} metricKey={metricKey} size="page" />
          {data.running.length === 0 ? <p className="text-sm text-muted">No dated national running total.</p> : null}
          <PointList title="Not on the charts" note="Several years at once, or no known date." points={data.unplaced} />
          <p className="mt-2 text-sm"><Link href={`/compare?metric=${metricKey}`} className="text-accent underline-offset-2 hover:underline">Compare the reports, with the increases derived between statements →</Link></p>
        </section>
      ) : null}
      {show('parts') ? (
        <section id="parts" aria-labelledby="parts-heading">
          <h2 id="parts-heading" className="text-lg font-semibold">Parts of the total <Link href={metricViewHref(metricKey, 'parts')} className="ml-2 text-sm font-normal text-accent underline-offset-2 hover:underline">Link to this view</Link></h2>
          <PartsView metricKey={metricKey} data={data} unit={unit} />
        </section>
      ) : null}
      {show('statements') ? (
        <section id="statements" aria-labelledby="statements-heading">
          <h2 id="statements-heading" className="text-lg font-semibold">Every statement, with its quote <Link href={metricViewHref(metricKey, 'statements')} className="ml-2 text-sm font-normal text-accent underline-offset-2 hover:underline">Link to this view</Link></h2>
          <p className="mb-2 text-sm text-muted">{view === 'statements' ? `${statements.length} statements, newest first.` : `The ${Math.min(12, statements.length)} newest of ${statements.length}; `}{view !== 'statements' ? <Link href={metricViewHref(metricKey, 'statements')} className="text-accent underline">all of them →</Link> : null}</p>
          <StatementList points={view === 'statements' ? statements : statements.slice(0, 12)} />
        </section>
      ) : null}
    </div>
  );
}

/** Partial ISO dates, newest first, unknown last. */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
