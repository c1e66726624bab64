'use client';

import { startTransition, useActionState, useState } from 'react';
import { correctFigureAction, type CorrectState } from '@/lib/actions/figures';
import { FIELD_LABELS, FIGURE_FIELDS, historyText, type FigureEditState } from '@/lib/data/figure-edit-fields';
import { FigureFieldInputs, FormMessage, control, fieldClass, primaryButton, type MetricOption } from './figure-fields';

/**
 * Correct a figure. The form carries the version it was opened with; when someone saved in between, the server
 * refuses, names what they changed, and the form is shown again on the current values.
 */
export function CorrectFigureForm({ figureId, opened, metrics }: { figureId: number; opened: FigureEditState; metrics: MetricOption[] }) {
  const [state, dispatch, pending] = useActionState<CorrectState, FormData>(correctFigureAction, null);
  const [submittedOn, setSubmittedOn] = useState<FigureEditState>(opened);
  const conflict = state?.conflict;
  // The page's data is refreshed after a conflict too; show whichever is newer.
  const shown = conflict && conflict.version > opened.version ? conflict : opened;
  const theirChanges = conflict ? FIGURE_FIELDS.filter((k) => conflict.fields[k] !== submittedOn.fields[k]) : [];
  return (
    <div>
      {conflict ? (
        <div role="alert" className="mb-3 rounded-md border border-[var(--pending)] bg-[var(--pending-bg)] px-4 py-3 text-sm" data-testid="conflict">
          <p className="font-medium">{state.message}</p>
          {theirChanges.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {theirChanges.map((k) => (
                <li key={k}>
                  {FIELD_LABELS[k]}: now “{historyText(conflict.fields[k]) ?? '—'}” (was “{historyText(submittedOn.fields[k]) ?? '—'}” when you opened it)
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form
        key={shown.version}
        aria-label="Correct this figure"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          setSubmittedOn(shown);
          startTransition(() => dispatch(data));
        }}
      >
        <input type="hidden" name="figureId" value={figureId} />
        <input type="hidden" name="version" value={shown.version} />
        <FigureFieldInputs values={shown.fields} metrics={metrics} idPrefix={`correct-${figureId}`} />
        <label className={fieldClass}>
          <span>Note (optional, kept in the history)</span>
          <input name="note" maxLength={500} className={control} autoComplete="off" />
        </label>
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? 'Saving…' : 'Save correction'}</button>
        <FormMessage state={conflict ? null : state} />
      </form>
    </div>
  );
}
