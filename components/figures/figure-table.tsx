import { Link } from '@/components/ui/link';
import type { FigureView } from '@/lib/data/dto';
import { formatDate } from '@/lib/domain/periods';
import { StatusBadge } from './badges';

function excerpt(s: string, max = 110): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface SortLink {
  key: string;
  label: string;
  href: string;
  active: 'asc' | 'desc' | null;
}

/**
 * The sourced table: every figure with its value in words and as printed, period, source and quote. Each value and quote
 * links to the figure's page, where the quote is shown in its source.
 */
/** Metric, value, period, stated, scope, attribution, source, quote: the quote gets the most room. */
const COLUMN_WIDTHS = ['11%', '15%', '11%', '9%', '10%', '12%', '12%', '20%'];

export function FigureTable({ rows, caption, sortLinks }: { rows: FigureView[]; caption: string; sortLinks?: Record<string, SortLink> }) {
  const head = (key: string, label: string, className = '') => {
    const link = sortLinks?.[key];
    const ariaSort = link?.active === 'asc' ? 'ascending' : link?.active === 'desc' ? 'descending' : undefined;
    return (
      <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 text-left font-medium ${className}`}>
        {link ? (
          <Link href={link.href} className="underline-offset-2 hover:underline">
            {label}
            {link.active ? <span aria-hidden>{link.active === 'asc' ? ' ▲' : ' ▼'}</span> : null}
          </Link>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    // Below 768 px the same table is laid out as one card per figure (app/globals.css, .figure-table): the quote,
    // which is the point of the table, stays on screen instead of in a column off to the right.
    <div className="figure-table-box rounded-lg border border-line bg-panel md:overflow-x-auto">
      {/* Fixed column widths: the page paints while its rows stream in, and an automatic layout would widen columns
          as longer rows arrive, moving every row above (CLS 0.019 on /figures). */}
      <table className="figure-table w-full border-collapse text-sm md:min-w-[880px] md:table-fixed">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {COLUMN_WIDTHS.map((w, i) => <col key={i} style={{ width: w }} />)}
        </colgroup>
        <thead className="border-b border-line bg-bg text-muted">
          <tr>
            {head('metric', 'Metric')}
            {head('value', 'Value', 'text-right')}
            {head('period', 'Period')}
            {head('asOf', 'Stated')}
            <th scope="col" className="px-3 py-2 text-left font-medium">Scope</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">Attributed to</th>
            {head('source', 'Source')}
            <th scope="col" className="px-3 py-2 text-left font-medium">Quote</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <td data-cell="metric">
                <div>{f.metricLabel}</div>
                {f.reviewStatus !== 'reviewed' ? <div className="mt-1"><StatusBadge status={f.reviewStatus} /></div> : null}
              </td>
              <td className="text-right font-semibold tabular-nums" data-cell="value">
                <Link href={`/figures/${f.id}`} className="whitespace-nowrap text-accent" aria-label={`${f.valueWords} — ${f.metricLabel}, printed “${f.valueText}” (figure ${f.id})`}>
                  {f.valueWords}
                </Link>
                <div className="sub">{`printed “${f.valueText}”`}</div>
                {f.rangeNote ? <div className="sub">{f.rangeNote}</div> : null}
              </td>
              <td data-cell="period" data-label="Period">{f.periodText}</td>
              <td className="whitespace-nowrap" data-cell="stated" data-label="Stated">{formatDate(f.asOf)}</td>
              <td data-cell="scope" data-label="Scope">{f.scope ?? <span className="text-muted">national total</span>}</td>
              <td data-cell="attribution" data-label="Attributed to">{f.attributedTo ?? <span className="text-muted">not stated</span>}</td>
              <td data-cell="source" data-label="Source">
                <Link href={`/sources/${f.source.id}`}>
                  {f.source.label}
                </Link>
                <div className="sub">{formatDate(f.source.publishedAt)}</div>
              </td>
              <td className="max-w-xs" data-cell="quote">
                <Link href={`/figures/${f.id}`} className="italic">
                  {`“${excerpt(f.quote)}”`}
                </Link>
                {f.quoteLink ? (
                  <div className="mt-1 text-xs">
                    <a href={f.quoteLink} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline" aria-label={`Quote of figure ${f.id} in the original article (opens the source site)`}>
                      In the original ↗
                    </a>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
