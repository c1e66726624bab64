import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getComparisonSections, getFilterOptions } from '@/lib/data/figures';
import { effectiveFilters, filtersToQuery, parseFigureFilters, type SearchParams } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { formatDate } from '@/lib/domain/periods';
import { formatNumber } from '@/lib/domain/qualifiers';
import { FilterForm } from '@/components/filters/filter-form';
import { FilterProblems } from '@/components/filters/filter-problems';
import { StatusBadge, TranscriptionConflictBadge, VerdictBadge } from '@/components/figures/badges';
import { groupSummary } from '@/lib/view/comparison';
import { EmptyState, Notice, PageHeader, Pagination, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare' };

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, problems } = parseFigureFilters(await searchParams);
  const shown = effectiveFilters(filters, (await currentAnalyst()) !== null);
  const [{ sections, total, page, pageCount }, options] = await Promise.all([getComparisonSections(shown), getFilterOptions()]);
  return (
    <>
      <PageHeader
        title="Compare figures across reports"
        lead="Figures grouped by what they count — metric, scope and period. Sources that relay one claim (the same attribution or cited report) count once; independent claims agree when their numbers can all be true. Figures with different scopes or periods are never merged."
      />
      <FilterProblems problems={problems} />
      <FilterForm action="/compare" filters={{ ...filters, status: shown.status }} options={options} show={['metric', 'from', 'to', 'status']} />
      {filters.key ? (
        <p className="mb-3 text-sm">
          Showing the one comparison opened from the overview. <Link href={`/compare${filtersToQuery({ ...filters, key: undefined })}`} className="text-accent underline">All comparisons →</Link>
        </p>
      ) : null}
      <p className="mb-3 text-sm text-muted">{total} {total === 1 ? 'group' : 'groups'} of comparable figures</p>
      {sections.length === 0 ? (
        <EmptyState title="Nothing to compare for these filters">Clear a filter to see more groups.</EmptyState>
      ) : (
        <div className="space-y-4">
          {sections.map((s) => (
            <Panel key={s.key} data-testid="comparison-section" aria-label={`${s.metricLabel}, ${s.scope ?? 'national total'}, ${s.periodText}`}>
              <header className="mb-3">
                <h2 className="text-lg font-semibold">
                  {s.metricLabel} <span className="font-normal text-muted">· {s.periodText}</span>
                </h2>
                <p className="text-sm text-muted">Scope: {s.scope ?? 'national total'}</p>
                {s.total > s.groups.reduce((n, g) => n + g.figures.length, 0) ? (
                  <p className="text-sm text-[var(--pending)]">
                    Comparing the {s.groups.reduce((n, g) => n + g.figures.length, 0)} most recently stated of {s.total.toLocaleString('en-US')} figures.{' '}
                    <Link href={`/figures?metric=${s.metricKey}`} className="underline">All in the table →</Link>
                  </p>
                ) : null}
              </header>
              {s.decreases.length > 0 ? (
                <Notice tone="warning" title="A running total goes down">
                  {s.decreases.map(([a, b]) => `The total stated on ${formatDate(b)} is lower than the one stated on ${formatDate(a)}.`).join(' ')}
                </Notice>
              ) : null}
              <div className="space-y-3">
                {s.groups.map((g) => (
                  <div key={g.key} className="rounded-md border border-line p-3" data-testid="comparison-group">
                    <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                      <VerdictBadge verdict={g.verdict} claimCount={g.claims.length} sourceCount={g.sourceCount} />
                      {g.transcriptionConflict ? <TranscriptionConflictBadge /> : null}
                      {s.cumulative ? <span className="text-muted">statement as of {formatDate(g.figures[0]!.asOf)}</span> : null}
                    </div>
                    <p className="mb-2 text-sm" data-testid="comparison-summary">{groupSummary(g)}</p>
                    <ol className="space-y-2">
                      {g.claims.map((c, ci) => (
                        <li key={c.figures[0]!.id} className="rounded border border-line p-2" data-testid="claim" aria-label={`Claim ${ci + 1}${c.figures[0]!.attributedTo ? `: ${c.figures[0]!.attributedTo}` : ''}`}>
                          {c.figures.length > 1 ? (
                            <p className="mb-1 text-xs text-muted">
                              One claim, reported in {c.sourceCount} {c.sourceCount === 1 ? 'source' : 'sources'}
                              {c.transcriptionConflict ? <span className="font-medium text-[var(--disagree)]"> — they print different numbers (transcription conflict)</span> : null}
                            </p>
                          ) : null}
                          <ul className="grid gap-2 md:grid-cols-2">
                            {c.figures.map((f) => (
                              <li key={f.id} className="rounded border border-line bg-bg p-3 text-sm">
                                <div className="flex flex-wrap items-baseline gap-2">
                                  <Link href={`/figures/${f.id}`} className="text-lg font-semibold text-accent tabular-nums underline-offset-2 hover:underline">{f.display}</Link>
                                  {f.rangeNote ? <span className="text-xs text-muted">{f.rangeNote}</span> : null}
                                  {f.reviewStatus !== 'reviewed' ? <StatusBadge status={f.reviewStatus} /> : null}
                                </div>
                                <p className="mt-1 text-muted">
                                  <Link href={`/sources/${f.source.id}`} className="underline-offset-2 hover:underline">{f.source.label}</Link>, {formatDate(f.source.publishedAt)}
                                  {f.attributedTo ? ` · ${f.attributedTo}` : ''}
                                </p>
                                <p className="mt-1 italic">“{f.quote}”</p>
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ol>
                  </div>
                ))}
              </div>
              {s.derived.length > 0 ? (
                <div className="mt-3 text-sm">
                  <h3 className="font-medium">Derived between statements <span className="font-normal text-muted">(computed, not stated by any source)</span></h3>
                  <ul className="mt-1 list-disc pl-5">
                    {s.derived.map((d) => (
                      <li key={`${d.from}-${d.to}`}>
                        {formatDate(d.from)} → {formatDate(d.to)}: {d.lower === d.upper && d.lower !== null ? `+${formatNumber(d.lower)}` : `between +${d.lower === null ? '?' : formatNumber(d.lower)} and +${d.upper === null ? '?' : formatNumber(d.upper)}`}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </Panel>
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} label="Comparison pages" hrefFor={(p) => `/compare${filtersToQuery(filters, { page: p === 1 ? undefined : p })}`} />
    </>
  );
}
