import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getSource as readSource, type SourceFigureStatus } from '@/lib/data/sources';
import { getSourceHistory } from '@/lib/data/source-edits';
import { parseId } from '@/lib/data/schemas';
import { formatDate } from '@/lib/domain/periods';
import { currentAnalyst } from '@/lib/auth/session';
import { SourceText } from '@/components/figures/source-text';
import { ExcerptNotice } from '@/components/figures/excerpt-notice';
import { FigureTable } from '@/components/figures/figure-table';
import { QuoteInContext } from '@/components/figures/quote-in-context';
import { Notice, PageHeader, Panel } from '@/components/ui/primitives';
import { SelectionToFigure } from '@/components/workspace/selection-to-figure';
import { EditSourceForm } from '@/components/workspace/edit-source-form';
import { SourceAddress } from '@/components/figures/source-address';
import { FocusFigureTarget } from '@/components/figures/focus-figure-target';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title and the page need the same source: read it once per request.
const getSource = cache(readSource);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const source = id ? await getSource(id) : null;
  return { title: source ? source.displayTitle : 'Source not found' };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const query = await searchParams;
  const analyst = await currentAnalyst();
  // Visitors see reviewed figures unless they ask for those awaiting review too; analysts see both.
  const asked = query.status === 'current' || query.status === 'pending' || query.status === 'reviewed' ? (query.status as SourceFigureStatus) : null;
  const status: SourceFigureStatus = asked ?? (analyst ? 'current' : 'reviewed');
  const source = await getSource(id, { includeWithdrawn: analyst !== null, status });
  if (!source) notFound();
  const history = analyst ? await getSourceHistory(source.id) : [];
  const showWholeText = source.isPublic || analyst !== null;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/sources" className="underline-offset-2 hover:underline">Sources</Link> / <span>Source {source.id}</span>
      </nav>
      <PageHeader title={source.displayTitle} lead={`${source.outlet ?? 'Outlet not stated'} · ${formatDate(source.publishedAt)} · ${source.figureCount} ${source.figureCount === 1 ? 'figure' : 'figures'}${source.kind === 'excerpt' ? ' · excerpt' : ''}`} />
      {query.added === '1' ? <Notice title="Source added">It is stored with the figures you kept. Figures left pending wait in the review queue.</Notice> : null}
      {source.withdrawn ? (
        <Notice tone="warning" title="This source is withdrawn">It and its figures are hidden from every page. Restore it below to bring them back.</Notice>
      ) : null}
      {!source.isPublic && analyst ? <Notice title="Not public">Visitors see only each quote in its paragraph and the link to the original, not this whole text.</Notice> : null}
      {source.pendingCount > 0 && status === 'reviewed' ? (
        <p className="mb-3 text-sm">
          {source.pendingCount} more {source.pendingCount === 1 ? 'figure awaits' : 'figures await'} review.{' '}
          <Link href={`/sources/${source.id}?status=current`} className="text-accent underline">Show them too (marked as pending)</Link>
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Panel className="lg:col-span-2" aria-labelledby="text-heading">
          {showWholeText ? (
            <>
              <h2 id="text-heading" className="mb-3 text-lg font-semibold">{source.kind === 'excerpt' ? 'Excerpt' : 'Full text'}</h2>
              {source.kind === 'excerpt' ? <ExcerptNotice url={source.url} /> : null}
              {analyst && !source.withdrawn ? (
                <SelectionToFigure sourceId={source.id}>
                  <SourceText text={source.text} bodyStart={source.bodyStart} bodyEnd={source.bodyEnd} figures={source.figures} withOutsideBody />
                </SelectionToFigure>
              ) : (
                <SourceText text={source.text} bodyStart={source.bodyStart} bodyEnd={source.bodyEnd} figures={source.figures} />
              )}
            </>
          ) : (
            <>
              <h2 id="text-heading" className="mb-1 text-lg font-semibold">The quotes, in their paragraphs</h2>
              <p className="mb-3 text-sm text-muted">
                This text belongs to its publisher: ctstats shows each quoted passage, not the whole article.
                {source.url ? <> Read it in full <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline">at the original</a>.</> : null}
              </p>
              {source.figures.length === 0 ? <p className="text-sm text-muted">No reviewed figures yet.</p> : null}
              <ul className="space-y-4">
                {source.figures.map((f) => (
                  <li key={f.id}>
                    <Link id={`figure-${f.id}`} href={`/figures/${f.id}`} className="figure-target text-sm font-semibold text-accent underline">{f.metricLabel}: {f.valueWords}</Link>
                    <QuoteInContext text={source.text} quote={f.quote} start={f.quoteStart} end={f.quoteEnd} body={{ start: source.bodyStart, end: source.bodyEnd }} />
                    {f.quoteLink ? (
                      <a href={f.quoteLink} rel="noopener noreferrer nofollow" target="_blank" className="text-sm text-accent underline">
                        This quote in the original ↗
                      </a>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Panel>
        <Panel aria-labelledby="meta-heading" className="h-fit">
          <h2 id="meta-heading" className="mb-2 text-lg font-semibold">About this source</h2>
          <dl className="space-y-2 text-sm">
            <div><dt className="text-muted">Outlet</dt><dd>{source.outlet ?? 'Not stated'}</dd></div>
            <div><dt className="text-muted">Published</dt><dd>{formatDate(source.publishedAt)}</dd></div>
            <div><dt className="text-muted">Language</dt><dd>{source.language === 'fr' ? 'French' : 'English'}</dd></div>
            <div><dt className="text-muted">Stored text</dt><dd>{source.kind === 'excerpt' ? 'Excerpt: the passages its figures quote (the article is third-party text, not kept here)' : 'The whole document as received'}</dd></div>
            <div>
              <dt className="text-muted">Address</dt>
              <dd className="break-all"><SourceAddress url={source.url} /></dd>
            </div>
            {/* The file name is how it was loaded, not what it is: analysts only. */}
            {analyst && source.fileName ? <div><dt className="text-muted">Imported from</dt><dd className="break-all">{source.fileName}</dd></div> : null}
          </dl>
          <p className="mt-3 text-sm text-muted">Highlighted passages are figures; select one to open it.</p>
        </Panel>
      </div>
      <FocusFigureTarget />
      {source.figures.length > 0 ? (
        <section className="mt-6" aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="mb-2 text-lg font-semibold">Figures in this source</h2>
          <FigureTable rows={source.figures} caption={`Figures in ${source.label}`} />
        </section>
      ) : (
        <p className="mt-6 text-sm text-muted">{status === 'reviewed' ? 'No reviewed figures in this source yet.' : 'This source states no figures.'}</p>
      )}
      {analyst ? (
        <div className="mt-6 grid gap-4 lg:grid-cols-2">
          <Panel aria-labelledby="edit-source-heading">
            <h2 id="edit-source-heading" className="mb-2 text-lg font-semibold">Edit this source</h2>
            <EditSourceForm source={{ id: source.id, version: source.version, title: source.title, outlet: source.outlet, url: source.url, publishedAt: source.publishedAt, language: source.language, isPublic: source.isPublic, withdrawn: source.withdrawn }} />
          </Panel>
          <Panel aria-labelledby="source-history-heading">
            <h2 id="source-history-heading" className="mb-2 text-lg font-semibold">History of this source</h2>
            {history.length === 0 ? (
              <p className="text-sm text-muted">No changes yet.</p>
            ) : (
              <ol className="space-y-1 text-sm" data-testid="source-history">
                {history.map((h) => (
                  <li key={h.id}>
                    <span className="font-medium">{h.actor}</span> · {h.field}: {h.before ?? '—'} → {h.after ?? '—'} · <time dateTime={h.at} className="text-muted">{h.at.slice(0, 16).replace('T', ' ')} UTC</time>
                    {h.note ? <span className="block text-muted">“{h.note}”</span> : null}
                  </li>
                ))}
              </ol>
            )}
          </Panel>
        </div>
      ) : null}
    </>
  );
}
