import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { currentAnalyst } from '@/lib/auth/session';
import { getReviewedScore } from '@/lib/data/quality';
import type { AnswerFigure } from '@/lib/extraction/score';
import { EmptyState, PageHeader, Panel } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Extraction quality' };

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const LIST = 20;

function Figure({ file, f }: { file: string; f: AnswerFigure }) {
  return (
    <li>
      <span className="font-medium">{f.metric}</span> {f.qualifier} {f.value} [{f.periodStart ?? '?'}..{f.periodEnd ?? '?'}{f.cumulative ? ', running total' : ''}] · <span className="text-muted">{file}</span>
      <span className="block italic">“{f.quote}”</span>
    </li>
  );
}

export default async function QualityPage() {
  if (!(await currentAnalyst())) {
    return (
      <>
        <PageHeader title="Extraction quality" />
        <p className="text-sm"><Link href="/signin?next=/review/quality" className="text-accent underline">Sign in as an analyst</Link> to see how the engine scores against the reviews.</p>
      </>
    );
  }
  const { report, sources, answers, unsettled } = await getReviewedScore();
  const o = report.overall;
  return (
    <>
      <PageHeader
        title="Extraction quality, from the reviews"
        lead={`The current engine scored against ${sources} sources whose figures are all settled (${answers} reviewed figures); ${unsettled} ${unsettled === 1 ? 'source' : 'sources'} with figures still pending left out. Same rule as npm run eval:extract: metric, value, qualifier and period years equal, quotes overlapping.`}
      />
      {sources === 0 ? (
        <EmptyState title="Nothing settled yet">Review every figure of a source to score the engine against it.</EmptyState>
      ) : (
        <>
          <dl className="mb-6 grid grid-cols-3 gap-3" data-testid="quality-overall">
            {([['Precision', o.precision], ['Recall', o.recall], ['F1', o.f1]] as const).map(([k, v]) => (
              <div key={k} className="rounded-lg border border-line bg-panel p-3">
                <dt className="text-sm text-muted">{k}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{pct(v)}</dd>
              </div>
            ))}
          </dl>
          <p className="mb-4 text-sm text-muted">{o.tp} found, {o.fp} false, {o.fn} missed.</p>
          <Panel className="mb-4 overflow-x-auto" aria-labelledby="per-metric-heading">
            <h2 id="per-metric-heading" className="mb-2 text-lg font-semibold">Per metric</h2>
            <table className="w-full text-sm">
              <caption className="sr-only">Precision, recall and F1 per metric</caption>
              <thead>
                <tr className="text-left"><th scope="col">Metric</th><th scope="col">Precision</th><th scope="col">Recall</th><th scope="col">F1</th><th scope="col">Found / false / missed</th></tr>
              </thead>
              <tbody>
                {Object.entries(report.perMetric).sort(([a], [b]) => a.localeCompare(b)).map(([m, c]) => (
                  <tr key={m} className="border-t border-line">
                    <th scope="row" className="py-1 text-left font-normal">{m}</th>
                    <td className="tabular-nums">{pct(c.precision)}</td>
                    <td className="tabular-nums">{pct(c.recall)}</td>
                    <td className="tabular-nums">{pct(c.f1)}</td>
                    <td className="tabular-nums">{c.tp} / {c.fp} / {c.fn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Panel>
          <div className="grid gap-4 lg:grid-cols-2">
            <Panel aria-labelledby="misses-heading">
              <h2 id="misses-heading" className="mb-2 text-lg font-semibold">Latest misses ({report.misses.length})</h2>
              {report.misses.length === 0 ? <p className="text-sm text-muted">The engine finds every reviewed figure.</p> : (
                <ul className="space-y-2 text-sm">{report.misses.slice(0, LIST).map((m, i) => <Figure key={i} file={m.file} f={m.answer} />)}</ul>
              )}
            </Panel>
            <Panel aria-labelledby="false-heading">
              <h2 id="false-heading" className="mb-2 text-lg font-semibold">Latest false figures ({report.falseFigures.length})</h2>
              {report.falseFigures.length === 0 ? <p className="text-sm text-muted">Every figure the engine reads was kept by the reviewers.</p> : (
                <ul className="space-y-2 text-sm">{report.falseFigures.slice(0, LIST).map((m, i) => <Figure key={i} file={m.file} f={m.prediction} />)}</ul>
              )}
            </Panel>
          </div>
        </>
      )}
    </>
  );
}
