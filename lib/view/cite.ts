import type { FigureView } from '@/lib/data/dto';
import { formatDate } from '@/lib/domain/periods';

/**
 * "Cite this figure": the source first (who published it, when, where), then the figure on ctstats and the day it
 * was read, so a citation still says what the reader saw if the figure is corrected later (its page lists every
 * correction with its date). Plain text, one line: what a journalist pastes into a footnote.
 */
export function citeFigure(f: FigureView, permalink: string, accessed: Date): string {
  const s = f.source;
  const who = s.outlet ?? 'Outlet not stated';
  const title = s.title?.trim() ? `, “${s.title.trim()}”` : '';
  const when = s.publishedAt ? formatDate(s.publishedAt) : 'date not stated';
  const where = s.url ? ` ${s.url}` : '';
  const said = f.attributedTo ? `, according to ${f.attributedTo}` : '';
  return (
    `${who}${title}, ${when}${s.kind === 'excerpt' ? ' (quoted passage)' : ''}.${where} ` +
    `“${f.quote}” — ${f.metricLabel}: ${f.valueWords}, ${f.periodText}${said}. ` +
    `ctstats figure ${f.id}, ${permalink} (accessed ${formatDate(accessed.toISOString().slice(0, 10))}).`
  );
}
