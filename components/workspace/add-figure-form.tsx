'use client';

import { startTransition, useActionState } from 'react';
import { addFigureAction, type AddFigureState } from '@/lib/actions/figures';
import type { SelectionSuggestion } from '@/lib/data/analyst-figures';
import { FigureFieldInputs, FormMessage, control, fieldClass, primaryButton, type MetricOption } from './figure-fields';

/** A missed figure, prefilled from the engine's reading of the selection; the quote is the selection itself. */
export function AddFigureForm({ suggestion, metrics }: { suggestion: SelectionSuggestion; metrics: MetricOption[] }) {
  const [state, dispatch, pending] = useActionState<AddFigureState, FormData>(addFigureAction, null);
  return (
    <form
      aria-label="Add a figure"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <input type="hidden" name="sourceId" value={suggestion.sourceId} />
      <input type="hidden" name="quoteStart" value={suggestion.start} />
      <input type="hidden" name="quoteEnd" value={suggestion.end} />
      <input type="hidden" name="quote" value={suggestion.quote} />
      <label className={fieldClass}>
        <span>Value as printed</span>
        <input name="valueText" defaultValue={suggestion.valueText ?? ''} maxLength={200} className={control} autoComplete="off" />
      </label>
      <FigureFieldInputs values={suggestion.fields} metrics={metrics} idPrefix="add" />
      <label className={fieldClass}>
        <span>Note (optional, kept in the history)</span>
        <input name="note" maxLength={500} className={control} autoComplete="off" />
      </label>
      <button type="submit" disabled={pending} className={primaryButton}>{pending ? 'Adding…' : 'Add this figure'}</button>
      <FormMessage state={state} />
    </form>
  );
}
