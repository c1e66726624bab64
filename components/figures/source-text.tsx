import { segmentText } from '@/lib/view/text-segments';
import type { FigureView } from '@/lib/data/dto';

/**
 * A source's verbatim text with every figure's quote highlighted as a link to its figure page. Everything is
 * rendered as text nodes: article text is never HTML. The import header (` date 2020-02-28 `) and trailer
 * (`Source :…`, web boilerplate) are not the article: readers see the body only; analysts, who select text by its
 * offsets in the whole stored text, see them too, muted (`withOutsideBody`).
 */
export function SourceText({ text, bodyStart, bodyEnd, figures, withOutsideBody = false }: { text: string; bodyStart: number; bodyEnd: number; figures: FigureView[]; withOutsideBody?: boolean }) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const segments = segmentText(text, figures.map((f) => ({ id: f.id, start: f.quoteStart, end: f.quoteEnd })), bodyStart, bodyEnd);
  const anchored = new Set<number>();
  return (
    <div className="whitespace-pre-wrap break-words leading-relaxed" data-testid="source-text">
      {withOutsideBody && bodyStart > 0 ? <span className="text-muted" title="Import header: not part of the article">{text.slice(0, bodyStart)}</span> : null}
      {segments.map((s) => {
        const id = s.ids[0];
        const f = id !== undefined ? byId.get(id) : undefined;
        if (!f) return <span key={s.start}>{s.text}</span>;
        // The first run of each figure carries its anchor, so /sources/N#figure-M scrolls to it.
        const anchor = anchored.has(f.id) ? undefined : `figure-${f.id}`;
        anchored.add(f.id);
        return (
          <a
            key={s.start}
            id={anchor}
            href={`/figures/${f.id}`}
            className="figure-mark"
            data-status={f.reviewStatus}
            title={`${f.metricLabel}: ${f.valueWords} · ${f.periodText}`}
            aria-label={`${s.text} — ${f.metricLabel}: ${f.valueWords}, ${f.periodText}${f.reviewStatus === 'pending' ? ', pending review' : ''}`}
          >
            {s.text}
          </a>
        );
      })}
      {withOutsideBody && bodyEnd < text.length ? <span className="text-muted" title="After the article: not part of it">{text.slice(bodyEnd)}</span> : null}
    </div>
  );
}
