import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { currentAnalyst } from '@/lib/auth/session';
import { suggestFromSelection } from '@/lib/data/analyst-figures';
import { getMetrics } from '@/lib/data/metrics';
import { parseId } from '@/lib/data/schemas';
import { AddFigureForm } from '@/components/workspace/add-figure-form';
import { Notice, PageHeader, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a figure' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const offset = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : null);

/** /sources/N/figures/new?start=&end=: the selection is the URL, so the form can be reloaded or shared. */
export default async function AddFigurePage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const q = await searchParams;
  if (!(await currentAnalyst())) {
    return (
      <>
        <PageHeader title="Add a figure" />
        <p className="text-sm"><Link href={`/signin?next=/sources/${id}`} className="text-accent underline">Sign in as an analyst</Link> to add figures.</p>
      </>
    );
  }
  const start = offset(q.start);
  const end = offset(q.end);
  const suggestion = start !== null && end !== null ? await suggestFromSelection(id, start, end) : null;
  if (!suggestion) {
    return (
      <>
        <PageHeader title="Add a figure" />
        <Notice tone="warning" title="That selection is not in this source">
          Go back to <Link href={`/sources/${id}`} className="text-accent underline">the source</Link> and select the words that state the figure (at most 2,000 characters).
        </Notice>
      </>
    );
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href={`/sources/${id}`} className="underline-offset-2 hover:underline">{suggestion.sourceLabel}</Link> / <span>Add a figure</span>
      </nav>
      <PageHeader title="Add a figure from this selection" lead={suggestion.found ? 'Prefilled with what the extraction engine reads in the selection: check every field.' : 'The engine found no figure in these words: fill in the fields.'} />
      <Panel className="mb-4" aria-labelledby="sel-heading">
        <h2 id="sel-heading" className="mb-2 font-semibold">Quote (characters {suggestion.start}–{suggestion.end})</h2>
        <blockquote className="whitespace-pre-wrap rounded border-l-4 border-[var(--mark-strong)] bg-bg px-4 py-2" data-testid="selection-quote">{suggestion.quote}</blockquote>
      </Panel>
      <AddFigureForm suggestion={suggestion} metrics={await getMetrics()} />
    </>
  );
}
