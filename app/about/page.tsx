import type { Metadata } from 'next';
import Link from 'next/link';
import { ABOUT_TOLERANCE } from '@/lib/domain/qualifiers';
import { SAME_STATEMENT_DAYS } from '@/lib/domain/compare';
import { PageHeader, Panel } from '@/components/ui/primitives';

export const metadata: Metadata = { title: 'Method' };

const QUALIFIER_ROWS: Array<[string, string, string]> = [
  ['“168”', 'exact', '[168, 168]'],
  ['“more than 25”, “over 125”, “plus de 200”', 'more than', '(25, ∞) — 25 itself excluded'],
  ['“at least 40”, “au moins 40”', 'at least', '[40, ∞)'],
  ['“about 1,600”, “nearly 1,600”, “une trentaine”', 'about', `[1,440, 1,760] — ±${ABOUT_TOLERANCE * 100} %, at least ±1`],
  ['“fewer than 10”', 'fewer than', '[0, 10)'],
  ['“up to 10”', 'up to', '[0, 10]'],
  ['“did not witness any incidents”', 'exact', '[0, 0]'],
];

export default function MethodPage() {
  return (
    <>
      <PageHeader title="Method" lead="How ctstats reads a number, when two numbers count the same thing, and when they agree." />
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel aria-labelledby="figure-h">
          <h2 id="figure-h" className="mb-2 text-lg font-semibold">A figure</h2>
          <p className="text-sm">
            One number stated in one source about one metric, kept with the words it was printed in, the period it covers, the date it was
            stated (the source’s publication date unless the text says otherwise), any narrower scope (“linked to ISIS”, “BCIJ operations”),
            who stated it, and the exact quote with its position in the verbatim source text. Figures found automatically are marked
            <em> pending review</em> until an analyst checks them.
          </p>
        </Panel>
        <Panel aria-labelledby="compare-h">
          <h2 id="compare-h" className="mb-2 text-lg font-semibold">Comparing</h2>
          <p className="text-sm">
            Two figures are comparable when metric, geography, scope and period match; for running totals (“since 2002”) the start must match
            and the statements must be dated within {SAME_STATEMENT_DAYS} days of each other. Comparable figures <strong>agree</strong> when their
            intervals overlap and <strong>disagree</strong> otherwise. Figures with different scopes or periods are shown apart, never merged.
            Differences between successive statements of a running total are shown as <em>derived</em>, never as stated figures.
          </p>
        </Panel>
      </div>
      <Panel className="mt-4" aria-labelledby="q-h">
        <h2 id="q-h" className="mb-2 text-lg font-semibold">Qualifiers are intervals</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">How printed wording maps to an interval</caption>
            <thead className="text-left text-muted">
              <tr><th scope="col" className="py-1 pr-3 font-medium">Printed</th><th scope="col" className="py-1 pr-3 font-medium">Qualifier</th><th scope="col" className="py-1 font-medium">Interval</th></tr>
            </thead>
            <tbody>
              {QUALIFIER_ROWS.map(([printed, q, i]) => (
                <tr key={printed} className="border-t border-line"><td className="py-1 pr-3">{printed}</td><td className="py-1 pr-3">{q}</td><td className="py-1 tabular-nums">{i}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-muted">The tolerance for “about” is wide enough for the usual rounding to two significant figures, so rounding alone is never called a contradiction.</p>
      </Panel>
      <p className="mt-4 text-sm">
        <Link href="/compare" className="text-accent underline">See the comparisons →</Link>
      </p>
    </>
  );
}
