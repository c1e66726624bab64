'use client';

import { useActionState } from 'react';
import { reviewFigure, type ActionState } from '@/lib/actions/review';
import type { ReviewStatus } from '@/lib/domain/figure';

const BUTTON = 'rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50';

/** Review controls for a signed-in analyst. Each button posts one action; the result is announced. */
export function ReviewPanel({ figureId, status, deleted }: { figureId: number; status: ReviewStatus; deleted: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(reviewFigure, null);
  return (
    <form action={action} className="space-y-3" aria-label="Review this figure">
      <input type="hidden" name="figureId" value={figureId} />
      {!deleted ? (
        <label className="flex flex-col gap-1 text-sm">
          <span>Note (optional, kept in the history)</span>
          <input name="note" maxLength={500} className="rounded border border-line bg-panel px-2 py-1.5" />
        </label>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {deleted ? (
          <button type="submit" name="action" value="restore" disabled={pending} className={`${BUTTON} border-accent bg-accent text-accent-ink`}>Restore</button>
        ) : (
          <>
            {status !== 'reviewed' ? (
              <button type="submit" name="action" value="accept" disabled={pending} className={`${BUTTON} border-[var(--agree)] bg-[var(--agree-bg)] text-[var(--agree)]`}>Accept</button>
            ) : null}
            {status !== 'rejected' ? (
              <button type="submit" name="action" value="reject" disabled={pending} className={`${BUTTON} border-[var(--disagree)] bg-[var(--disagree-bg)] text-[var(--disagree)]`}>Reject</button>
            ) : null}
            {status !== 'pending' ? (
              <button type="submit" name="action" value="reset" disabled={pending} className={`${BUTTON} border-line`}>Back to pending</button>
            ) : null}
            <button type="submit" name="action" value="delete" disabled={pending} className={`${BUTTON} border-line`}>Delete</button>
          </>
        )}
      </div>
      <p role={state && !state.ok ? 'alert' : 'status'} className={`text-sm ${state && !state.ok ? 'text-[var(--disagree)]' : 'text-muted'}`}>
        {state?.message ?? ''}
      </p>
    </form>
  );
}
