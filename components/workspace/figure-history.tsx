import { FIELD_LABELS, type FigureField } from '@/lib/data/figure-edit-fields';
import type { FigureHistoryEntry } from '@/lib/data/corrections';

const label = (field: string) => FIELD_LABELS[field as FigureField] ?? field;

/** Every review action and correction of a figure, newest first: who, when, what changed from what, and why. */
export function FigureHistory({ entries }: { entries: FigureHistoryEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted">No review actions or corrections yet.</p>;
  return (
    <ol className="mt-1 space-y-2 text-sm" data-testid="figure-history">
      {entries.map((e) => (
        <li key={e.key}>
          <span className="font-medium">{e.actor}</span> ·{' '}
          {e.kind === 'review' ? (
            <>
              {e.action}
              {e.fromStatus !== e.toStatus ? ` (${e.fromStatus} → ${e.toStatus})` : ''}
            </>
          ) : (
            'corrected'
          )}{' '}
          · <time dateTime={e.at} className="text-muted">{e.at.slice(0, 16).replace('T', ' ')} UTC</time>
          {e.lines.length > 0 ? (
            <ul className="ml-4 list-disc">
              {e.lines.map((l) => (
                <li key={l.field}>
                  {label(l.field)}: {l.before ?? '—'} → {l.after ?? '—'}
                </li>
              ))}
            </ul>
          ) : null}
          {e.note ? <span className="block text-muted">“{e.note}”</span> : null}
        </li>
      ))}
    </ol>
  );
}
