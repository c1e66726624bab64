import { Link } from '@/components/ui/link';
import type { Headline } from '@/lib/data/overview';
import { unitOf } from '@/lib/domain/metrics';
import { formatDate } from '@/lib/domain/periods';

/**
 * The numbers a journalist would lead with — the latest running totals and the latest annual figures of cells
 * dismantled and arrests — each a link to its evidence: the figure and its quote when one report makes the
 * statement, the comparison of the reports when several do.
 */
export function Headlines({ headlines, labels }: { headlines: Headline[]; labels: Map<string, string> }) {
  if (!headlines.length) return null;
  return (
    <section aria-labelledby="headlines-heading" className="mb-6">
      <h2 id="headlines-heading" className="sr-only">Headline numbers</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {headlines.map(({ metricKey, kind, statement: s }) => {
          const f = s.first;
          const label = labels.get(metricKey) ?? metricKey;
          const what = kind === 'running' ? `${label}, ${f.periodStart ? `since ${f.periodStart.length === 4 ? f.periodStart : formatDate(f.periodStart)}` : 'standing total'}` : `${label} in ${f.periodText}`;
          const href = s.figureCount > 1 ? `/compare?key=${encodeURIComponent(s.comparisonKey)}` : `/figures/${f.id}`;
          return (
            <li key={`${metricKey}-${kind}`} className="rounded-lg border border-line bg-panel p-3" data-testid="headline">
              <p className="text-xs uppercase tracking-wide text-muted">{what}</p>
              <p className="text-3xl font-semibold tabular-nums">
                <Link href={href} className="hover:underline underline-offset-2" aria-label={`${what}: ${f.display} ${unitOf(metricKey)}. See the evidence.`}>{f.display}</Link>{' '}
                <span className="text-sm font-normal text-muted">{unitOf(metricKey)}</span>
              </p>
              <p className="mt-1 text-xs text-muted">
                {kind === 'running' ? `As of ${formatDate(s.asOf)} · ` : ''}
                {f.attributedTo ?? f.source.label}
                {s.figureCount > 1 ? ` · ${s.claimCount === 1 ? `one claim, ${s.sourceCount} sources` : `${s.claimCount} independent claims, they ${s.verdict === 'disagree' ? 'disagree' : 'agree'}`}` : ''}
              </p>
              <p className="mt-1 text-xs"><Link href={href} className="text-accent underline-offset-2 hover:underline">{s.figureCount > 1 ? 'Compare the reports →' : 'See the quote →'}</Link></p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
