import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getFigure, getFigureComparisons } from '@/lib/data/figures';
import { getQuoteContext } from '@/lib/data/sources';
import { parseId } from '@/lib/data/schemas';
import { formatDate } from '@/lib/domain/periods';
import { QuoteInContext } from '@/components/figures/quote-in-context';
import { ExcerptNotice } from '@/components/figures/excerpt-notice';
import { FlagBadges, StatusBadge, TranscriptionConflictBadge, VerdictBadge } from '@/components/figures/badges';
import { groupSummary } from '@/lib/view/comparison';
import { Notice, PageHeader, Panel } from '@/components/ui/primitives';
import { ReviewPanel } from '@/components/review/review-panel';
import { currentAnalyst } from '@/lib/auth/session';
import { getNextPendingId } from '@/lib/data/review';
import { getFigureEditState, getFigureHistory } from '@/lib/data/corrections';
import { getMetrics } from '@/lib/data/metrics';
import { CorrectFigureForm } from '@/components/workspace/correct-figure-form';
import { FigureHistory } from '@/components/workspace/figure-history';
import { SourceAddress } from '@/components/figures/source-address';
import { CopyButton } from '@/components/ui/copy-button';
import { getFigureCorrections } from '@/lib/data/corrections';
import { citeFigure } from '@/lib/view/cite';
import { describeFieldValue } from '@/lib/view/plain-words';
import { figureDescription } from '@/lib/view/social';
import { publicUrl } from '@/lib/http/public-url';

export const dynamic = 'force-dynamic';

const OTHERS_SHOWN = 12;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const figure = id ? await getFigure(id) : null;
  if (!figure) return { title: 'Figure not found' };
  const title = `${figure.metricLabel}: ${figure.valueWords} (${figure.periodText})`;
  const description = figureDescription(figure);
  // A page's openGraph replaces the layout's whole (Next merges metadata one level deep). Its image is the figure's
  // own card (opengraph-image.tsx beside this page); Twitter reads the same og:image.
  return {
    title,
    description,
    alternates: { canonical: `/figures/${figure.id}` },
    openGraph: { type: 'article', siteName: 'ctstats', title, description, url: `/figures/${figure.id}` },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function FigurePage({ params }: Props) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const analyst = await currentAnalyst();
  const figure = await getFigure(id, { includeDeleted: analyst !== null });
  if (!figure) notFound();
  const workspace = analyst
    ? await Promise.all([getFigureHistory(figure.id), getNextPendingId(figure.id), getFigureEditState(figure.id), getMetrics()]).then(([history, nextPending, editState, metrics]) => ({ history, nextPending, editState, metrics }))
    : null;
  // Only the source text is read here: its details come with the figure, its other figures are not needed.
  const [context, { group, otherStatements }, corrections] = await Promise.all([getQuoteContext(figure.source.id), getFigureComparisons(figure), getFigureCorrections(figure.id)]);
  if (!context) notFound();
  const source = figure.source;
  const allOthers = group?.figures.filter((f) => f.id !== figure.id) ?? [];
  // A much-reported statement would make this page as long as its comparison: show the first few, link the rest.
  const others = allOthers.slice(0, OTHERS_SHOWN);
  // Reports relaying this figure's own claim (same attribution or cited report) repeat it; they do not confirm it.
  const sameClaim = new Set(group?.claims.find((c) => c.figures.some((f) => f.id === figure.id))?.figures.map((f) => f.id) ?? []);

  const citation = citeFigure(figure, publicUrl(`/figures/${figure.id}`), new Date());

  const rows: Array<[string, React.ReactNode]> = [
    ['As printed', <span key="v">“{figure.valueText}”</span>],
    [
      'Meaning',
      <span key="m">
        {figure.valueWords}
        {figure.rangeNote ? (
          <>
            {', '}{figure.rangeNote} (<Link href="/about#numbers" className="text-accent underline">why</Link>)
          </>
        ) : null}
      </span>,
    ],
    ['Period', figure.periodText],
    ['Stated', formatDate(figure.asOf)],
    ['Scope', figure.scope ?? 'National total (no narrower scope)'],
    ['Geography', figure.geography === 'MA' ? 'Morocco' : figure.geography],
    ['Attributed to', figure.attributedTo ?? 'Not stated'],
    ['Report cited', figure.citedReport ?? '—'],
    ['Checked', <StatusBadge key="s" status={figure.reviewStatus} />],
    ['Found by', figure.origin === 'analyst' ? 'An analyst' : 'ctstats, reading the text automatically'],
  ];

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/figures" className="underline-offset-2 hover:underline">Figures</Link> / <span>Figure {figure.id}</span>
      </nav>
      <PageHeader title={`${figure.metricLabel}: ${figure.valueWords}`} lead={`${figure.periodText}${figure.scope ? ` · ${figure.scope}` : ''}`}>
        <div className="flex flex-wrap gap-2">
          <StatusBadge status={figure.reviewStatus} />
          <FlagBadges flags={figure.flags} />
        </div>
      </PageHeader>

      {corrections.length > 0 ? (
        <Notice title={`Corrected ${corrections.length === 1 ? 'once' : `${corrections.length} times`} since it was first published here`}>
          <ul className="space-y-1" data-testid="public-corrections">
            {corrections.map((c) => (
              <li key={c.at}>
                <time dateTime={c.at}>{formatDate(c.at.slice(0, 10))}, {c.at.slice(11, 16)} UTC</time>:{' '}
                {c.changes.map((x) => `${x.label.toLowerCase()} ${describeFieldValue(x.field, x.before)} → ${describeFieldValue(x.field, x.after)}`).join('; ')}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-muted">A citation made before a correction shows the earlier value; this list says what changed.</p>
        </Notice>
      ) : null}
      {figure.deleted ? (
        <Notice tone="warning" title="This figure is deleted">
          It is hidden from every chart, table and comparison. Restore it below to bring it back.
        </Notice>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Panel className="lg:col-span-2" aria-labelledby="quote-heading">
          <h2 id="quote-heading" className="mb-3 text-lg font-semibold">The quote, in its source</h2>
          {source.kind === 'excerpt' ? <ExcerptNotice url={source.url} quote={figure.quote} /> : null}
          <QuoteInContext text={context.text} quote={figure.quote} start={figure.quoteStart} end={figure.quoteEnd} body={{ start: context.bodyStart, end: context.bodyEnd }} />
          <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <Link href={`/sources/${source.id}#figure-${figure.id}`} className="text-accent underline-offset-2 hover:underline">
              {source.kind === 'excerpt' ? 'Read the excerpt with every figure highlighted →' : 'Read the whole source with every figure highlighted →'}
            </Link>
            {figure.quoteLink ? (
              <a href={figure.quoteLink} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline-offset-2 hover:underline">
                Open the quote in the original article ↗
              </a>
            ) : null}
          </p>
        </Panel>
        <Panel aria-labelledby="source-heading">
          <h2 id="source-heading" className="mb-2 text-lg font-semibold">Source</h2>
          <dl className="space-y-2 text-sm">
            <div><dt className="text-muted">Outlet</dt><dd>{source.outlet ?? 'Not stated'}</dd></div>
            {source.title ? <div><dt className="text-muted">Title</dt><dd>{source.title}</dd></div> : null}
            {source.kind === 'excerpt' ? <div><dt className="text-muted">Stored text</dt><dd>Excerpt: the quoted passages only</dd></div> : null}
            <div><dt className="text-muted">Published</dt><dd>{formatDate(source.publishedAt)}</dd></div>
            <div>
              <dt className="text-muted">Address</dt>
              <dd className="break-all">
                <SourceAddress url={source.url} />
              </dd>
            </div>
            <div><dt className="text-muted">Attribution</dt><dd>{figure.attributedTo ?? 'Not stated'}</dd></div>
          </dl>
          <p className="mt-3 text-sm"><Link href={`/sources/${source.id}`} className="text-accent underline-offset-2 hover:underline">Source page →</Link></p>
        </Panel>
      </div>

      <Panel className="mt-4" aria-labelledby="cite-heading">
        <h2 id="cite-heading" className="mb-2 text-lg font-semibold">Cite this figure</h2>
        <p className="rounded border border-line bg-bg px-3 py-2 text-sm [overflow-wrap:anywhere]" data-testid="citation">{citation}</p>
        <p className="mt-2 flex flex-wrap gap-3">
          <CopyButton text={citation} label="Copy the citation" done="Citation copied" />
          <CopyButton text={null} label="Copy link" done="Link copied" />
        </p>
      </Panel>

      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Panel aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-2 text-lg font-semibold">The figure</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-muted">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </Panel>
        <Panel className="lg:col-span-2" aria-labelledby="compare-heading">
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <h2 id="compare-heading" className="text-lg font-semibold">Comparable figures</h2>
            {group ? <VerdictBadge verdict={group.verdict} claimCount={group.claims.length} sourceCount={group.sourceCount} /> : null}
            {group?.transcriptionConflict ? <TranscriptionConflictBadge /> : null}
          </div>
          {group && group.figures.length > 1 ? <p className="mb-3 text-sm" data-testid="comparison-summary">{groupSummary(group)}</p> : null}
          {others.length === 0 ? (
            <p className="text-sm text-muted">No other report states this figure for the same metric, scope and period.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {others.map((o) => (
                <li key={o.id} className="rounded border border-line p-3">
                  <Link href={`/figures/${o.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">{o.valueWords}</Link>{' '}
                  <span className="text-muted">· {o.source.label}, {formatDate(o.source.publishedAt)}{o.attributedTo ? ` · ${o.attributedTo}` : ''}</span>
                  {sameClaim.has(o.id) ? <span className="ml-2 text-xs font-medium">relays the same claim</span> : null}
                  <p className="mt-1 italic">“{o.quote}”</p>
                </li>
              ))}
            </ul>
          )}
          {allOthers.length > others.length ? (
            <p className="mt-2 text-sm">
              <Link href={`/compare?key=${encodeURIComponent(figure.comparisonKey)}`} className="text-accent underline-offset-2 hover:underline">
                {allOthers.length - others.length} more reports of this figure in the comparison →
              </Link>
            </p>
          ) : null}
          {otherStatements.length > 0 ? (
            <div className="mt-4">
              <h3 className="text-sm font-medium">The same total, stated at other dates</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {otherStatements.slice(0, OTHERS_SHOWN).map((o) => (
                  <li key={o.id}>
                    <Link href={`/figures/${o.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">{o.valueWords}</Link>{' '}
                    <span className="text-muted">as of {formatDate(o.asOf)} · {o.source.label}</span>
                  </li>
                ))}
              </ul>
              {otherStatements.length > OTHERS_SHOWN ? <p className="mt-1 text-sm text-muted">and {otherStatements.length - OTHERS_SHOWN} more dates in the comparison.</p> : null}
            </div>
          ) : null}
          <p className="mt-3 text-sm"><Link href={`/compare?metric=${figure.metricKey}`} className="text-accent underline-offset-2 hover:underline">Compare all {figure.metricLabel.toLowerCase()} figures →</Link></p>
        </Panel>
      </div>

      <Panel className="mt-4" aria-labelledby="review-heading">
        <h2 id="review-heading" className="mb-2 text-lg font-semibold">Review</h2>
        {workspace ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <div>
              <ReviewPanel figureId={figure.id} status={figure.reviewStatus} deleted={figure.deleted} />
              {workspace.nextPending ? (
                <p className="mt-2 text-sm">
                  <Link href={`/figures/${workspace.nextPending}`} className="text-accent underline">Next figure awaiting review →</Link>
                </p>
              ) : (
                <p className="mt-2 text-sm text-muted">No other figure awaits review.</p>
              )}
              <p className="mt-1 text-sm"><Link href="/review" className="text-accent underline">Review queue →</Link></p>
            </div>
            <div>
              <h3 className="text-sm font-medium">History</h3>
              <FigureHistory entries={workspace.history} />
            </div>
          </div>
        ) : (
          <p className="text-sm text-muted">
            <Link href={`/signin?next=/figures/${figure.id}`} className="text-accent underline">Sign in as an analyst</Link> to accept, reject, correct or delete this figure.
          </p>
        )}
      </Panel>

      {workspace?.editState && !figure.deleted ? (
        <Panel className="mt-4" aria-labelledby="correct-heading" id="correct">
          <h2 id="correct-heading" className="mb-1 text-lg font-semibold">Correct this figure</h2>
          <p className="mb-3 text-sm text-muted">The interval, the years and what it is compared with follow from these fields. Every change is kept in the history.</p>
          <CorrectFigureForm figureId={figure.id} opened={workspace.editState} metrics={workspace.metrics} />
        </Panel>
      ) : null}
    </>
  );
}
