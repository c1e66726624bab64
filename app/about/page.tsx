import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ABOUT_TOLERANCE, formatInterval, intervalFor } from '@/lib/domain/qualifiers';
import type { Qualifier } from '@/lib/domain/figure';
import { describeRange } from '@/lib/view/plain-words';
import { SAME_STATEMENT_DAYS } from '@/lib/domain/compare';
import { PageHeader, Panel } from '@/components/ui/primitives';

export const metadata: Metadata = { title: 'Method' };

// Printed words, what the pages say, and the interval in notation (the export's `interval` column).
const QUALIFIER_ROWS: Array<[string, Qualifier, number]> = [
  ['“168”', 'exact', 168],
  ['“more than 25”, “over 125”, “plus de 200”', 'more_than', 25],
  ['“at least 40”, “au moins 40”', 'at_least', 40],
  ['“about 1,600”, “nearly 1,600”, “une trentaine”', 'about', 1600],
  ['“fewer than 10”', 'fewer_than', 10],
  ['“up to 10”', 'up_to', 10],
  ['“did not witness any incidents”', 'exact', 0],
];
const NOTATION_NOTE: Partial<Record<Qualifier, string>> = {
  more_than: ' — 25 itself excluded',
  about: ` — ±${ABOUT_TOLERANCE * 100} %, at least ±1`,
};

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
      <Panel className="mt-4" aria-labelledby="q-h" id="numbers">
        <h2 id="q-h" className="mb-2 text-lg font-semibold">How a printed number is read</h2>
        <p className="mb-2 text-sm">
          Each figure is kept as printed and read as the range of numbers it allows. The pages say the range in words; the data download
          (<code>interval</code> column) and this table give it in interval notation: a square bracket includes the number beside it, a round one
          excludes it, and ∞ means no upper limit.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">How printed wording maps to a range and an interval</caption>
            <thead className="text-left text-muted">
              <tr><th scope="col" className="py-1 pr-3 font-medium">Printed</th><th scope="col" className="py-1 pr-3 font-medium">Read as</th><th scope="col" className="py-1 pr-3 font-medium">Qualifier</th><th scope="col" className="py-1 font-medium">Interval</th></tr>
            </thead>
            <tbody>
              {QUALIFIER_ROWS.map(([printed, q, v]) => (
                <tr key={printed} className="border-t border-line">
                  <td className="py-1 pr-3">{printed}</td>
                  <td className="py-1 pr-3">{describeRange(intervalFor(q, v))}</td>
                  <td className="py-1 pr-3"><code>{q}</code></td>
                  <td className="py-1 tabular-nums">{q === 'exact' ? `[${v}, ${v}]` : formatInterval(intervalFor(q, v))}{NOTATION_NOTE[q] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-2 text-sm text-muted">The tolerance for “about” is wide enough for the usual rounding to two significant figures, so rounding alone is never called a contradiction.</p>
      </Panel>
      <Panel className="mt-4" aria-labelledby="words-h" id="words">
        <h2 id="words-h" className="mb-2 text-lg font-semibold">Words the pages use</h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Running total</dt>
          <dd>A count kept up to the date it was stated: “168 cells since 2002” (as of the article), or a number at a date with no start, such as the fighters abroad “as of September 2020”. In the data these are <code>cumulative</code> figures; the second kind is sometimes called a standing total.</dd>
          <dt className="font-medium">Stated</dt>
          <dd>When the figure was stated: the source’s publication date unless the text gives another (<code>as_of</code> in the download).</dd>
          <dt className="font-medium">Reviewed, awaiting review</dt>
          <dd>Figures found automatically wait for an analyst to check them against the source. Pages show reviewed figures; the filters can include those awaiting review, marked as such.</dd>
          <dt className="font-medium">Where a quote is</dt>
          <dd>Each quote is stored with its position in the source text (<code>quote_start</code>, <code>quote_end</code>, counted in characters) and the words around it, so it can be found again if the text is re-imported. A quote that no longer matches its source is flagged on its page.</dd>
        </dl>
      </Panel>
      <p className="mt-4 text-sm">
        <Link href="/compare" className="text-accent underline">See the comparisons →</Link>
      </p>
    </>
  );
}
