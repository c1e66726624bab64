import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getSource as readSource } from '@/lib/data/sources';
import { parseId } from '@/lib/data/schemas';
import { formatDate } from '@/lib/domain/periods';
import { SourceText } from '@/components/figures/source-text';
import { FigureTable } from '@/components/figures/figure-table';
import { PageHeader, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

// The title and the page need the same source: read it once per request.
const getSource = cache(readSource);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const source = id ? await getSource(id) : null;
  return { title: source ? (source.title ?? source.label) : 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const source = await getSource(id);
  if (!source) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/sources" className="underline-offset-2 hover:underline">Sources</Link> / <span>Source {source.id}</span>
      </nav>
      <PageHeader title={source.headline} lead={`${source.outlet ?? 'Outlet not stated'} · ${formatDate(source.publishedAt)} · ${source.figureCount} ${source.figureCount === 1 ? 'figure' : 'figures'}`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Panel className="lg:col-span-2" aria-labelledby="text-heading">
          <h2 id="text-heading" className="mb-3 text-lg font-semibold">Full text</h2>
          <SourceText text={source.text} bodyStart={source.bodyStart} bodyEnd={source.bodyEnd} figures={source.figures} />
        </Panel>
        <Panel aria-labelledby="meta-heading" className="h-fit">
          <h2 id="meta-heading" className="mb-2 text-lg font-semibold">About this source</h2>
          <dl className="space-y-2 text-sm">
            <div><dt className="text-muted">Outlet</dt><dd>{source.outlet ?? 'Not stated'}</dd></div>
            <div><dt className="text-muted">Published</dt><dd>{formatDate(source.publishedAt)}</dd></div>
            <div><dt className="text-muted">Language</dt><dd>{source.language === 'fr' ? 'French' : 'English'}</dd></div>
            <div>
              <dt className="text-muted">Address</dt>
              <dd className="break-all">{source.url ? <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline">{source.url}</a> : 'Not recorded'}</dd>
            </div>
            {source.fileName ? <div><dt className="text-muted">Imported from</dt><dd className="break-all">{source.fileName}</dd></div> : null}
          </dl>
          <p className="mt-3 text-sm text-muted">Highlighted passages are figures; select one to open it.</p>
        </Panel>
      </div>
      {source.figures.length > 0 ? (
        <section className="mt-6" aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="mb-2 text-lg font-semibold">Figures in this source</h2>
          <FigureTable rows={source.figures} caption={`Figures in ${source.label}`} />
        </section>
      ) : (
        <p className="mt-6 text-sm text-muted">This source states no figures.</p>
      )}
    </>
  );
}
