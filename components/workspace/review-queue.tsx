'use client';

import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { reviewFigure, type ActionState } from '@/lib/actions/review';
import { acceptRestOfSourceAction, type FormState } from '@/lib/actions/figures';
import type { QueueSource } from '@/lib/data/review-queue';
import { FormMessage, secondaryButton } from './figure-fields';

const SHORTCUTS: Array<[string, string]> = [
  ['j / ↓', 'next figure'],
  ['k / ↑', 'previous figure'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['e', 'edit (opens the figure)'],
];

/**
 * The queue, worked from the keyboard or with the buttons. One figure is current (outlined, focused); the
 * shortcuts act on it. Typing in a field never triggers a shortcut.
 */
export function ReviewQueue({ sources }: { sources: QueueSource[] }) {
  const items = sources.flatMap((s) => s.items.map((i) => i.figure.id));
  const [current, setCurrent] = useState(0);
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(reviewFigure, null);
  const [restState, restDispatch, restPending] = useActionState<FormState, FormData>(acceptRestOfSourceAction, null);
  const router = useRouter();
  const refs = useRef(new Map<number, HTMLLIElement>());
  const index = Math.min(current, Math.max(0, items.length - 1));
  const currentId = items[index];

  const act = (figureId: number, action: 'accept' | 'reject') => {
    const data = new FormData();
    data.set('figureId', String(figureId));
    data.set('action', action);
    startTransition(() => dispatch(data));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)))) return;
      if (currentId === undefined) return;
      if (e.key === 'j' || e.key === 'ArrowDown') setCurrent(Math.min(index + 1, items.length - 1));
      else if (e.key === 'k' || e.key === 'ArrowUp') setCurrent(Math.max(index - 1, 0));
      else if (e.key === 'a' && !pending) act(currentId, 'accept');
      else if (e.key === 'r' && !pending) act(currentId, 'reject');
      else if (e.key === 'e') router.push(`/figures/${currentId}#correct`);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (currentId !== undefined) refs.current.get(currentId)?.focus({ preventScroll: false });
  }, [currentId]);

  return (
    <div className="space-y-6">
      <aside aria-labelledby="shortcuts-heading" className="rounded border border-line bg-panel p-3 text-sm">
        <h2 id="shortcuts-heading" className="font-medium">Keyboard shortcuts</h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {SHORTCUTS.map(([k, what]) => (
            <li key={k}><kbd className="rounded border border-line px-1 font-mono">{k}</kbd> {what}</li>
          ))}
        </ul>
      </aside>
      <FormMessage state={state} />
      <FormMessage state={restState} />
      {sources.map((s) => (
        <section key={s.id} aria-labelledby={`q-source-${s.id}`} className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`q-source-${s.id}`} className="text-lg font-semibold">
              <Link href={`/sources/${s.id}`} className="text-accent underline-offset-2 hover:underline">{s.label}</Link>{' '}
              <span className="text-sm font-normal text-muted">· {s.publishedAt ?? 'date unknown'} · {s.pendingCount} pending</span>
            </h2>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const data = new FormData(e.currentTarget);
                startTransition(() => restDispatch(data));
              }}
            >
              <input type="hidden" name="sourceId" value={s.id} />
              <button type="submit" disabled={restPending} className={secondaryButton}>Accept the rest of this source</button>
            </form>
          </div>
          <ol className="space-y-3">
            {s.items.map((item) => {
              const f = item.figure;
              const isCurrent = f.id === currentId;
              return (
                <li
                  key={f.id}
                  ref={(el) => {
                    if (el) refs.current.set(f.id, el);
                    else refs.current.delete(f.id);
                  }}
                  tabIndex={-1}
                  aria-current={isCurrent ? 'true' : undefined}
                  aria-label={`${f.metricLabel}: ${f.display}, ${f.periodText}`}
                  onClick={() => setCurrent(items.indexOf(f.id))}
                  className={`rounded-lg border bg-panel p-3 outline-none ${isCurrent ? 'border-accent ring-2 ring-accent' : 'border-line'}`}
                  data-testid="queue-item"
                >
                  <p className="text-sm">
                    <Link href={`/figures/${f.id}`} className="font-semibold text-accent underline-offset-2 hover:underline">{f.metricLabel}: {f.display}</Link>{' '}
                    <span className="text-muted">· {f.periodText}{f.scope ? ` · ${f.scope}` : ''}{f.attributedTo ? ` · ${f.attributedTo}` : ''}</span>
                  </p>
                  <blockquote className="mt-2 whitespace-pre-wrap break-words border-l-4 border-[var(--mark-strong)] bg-bg px-3 py-2 text-sm leading-relaxed">
                    {item.before}
                    <mark className="quote-mark is-current">{item.quote}</mark>
                    {item.after}
                  </blockquote>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button type="button" disabled={pending} onClick={() => act(f.id, 'accept')} className="rounded border border-[var(--agree)] bg-[var(--agree-bg)] px-3 py-1.5 text-sm font-medium text-[var(--agree)]">Accept</button>
                    <button type="button" disabled={pending} onClick={() => act(f.id, 'reject')} className="rounded border border-[var(--disagree)] bg-[var(--disagree-bg)] px-3 py-1.5 text-sm font-medium text-[var(--disagree)]">Reject</button>
                    <Link href={`/figures/${f.id}#correct`} className={secondaryButton}>Edit</Link>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
