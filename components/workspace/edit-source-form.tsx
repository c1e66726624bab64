'use client';

import { startTransition, useActionState } from 'react';
import { editSourceAction, withdrawSourceAction } from '@/lib/actions/sources';
import type { FormState } from '@/lib/actions/figures';
import { FormMessage, control, fieldClass, primaryButton, secondaryButton } from './figure-fields';

export interface SourceFormValues {
  id: number;
  version: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  isPublic: boolean;
  withdrawn: boolean;
}

function submitVia(dispatch: (d: FormData) => void) {
  return (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
}

/** A source's details, and withdraw / restore. Opened on a version: a save over someone else's is refused. */
export function EditSourceForm({ source }: { source: SourceFormValues }) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(editSourceAction, null);
  const [wState, wDispatch, wPending] = useActionState<FormState, FormData>(withdrawSourceAction, null);
  return (
    <div className="space-y-4">
      <form key={source.version} aria-label="Edit source details" className="space-y-3" onSubmit={submitVia(dispatch)}>
        <input type="hidden" name="sourceId" value={source.id} />
        <input type="hidden" name="version" value={source.version} />
        <label className={fieldClass}><span>Title</span><input name="title" defaultValue={source.title ?? ''} maxLength={300} className={control} /></label>
        <label className={fieldClass}><span>Outlet</span><input name="outlet" defaultValue={source.outlet ?? ''} maxLength={200} className={control} /></label>
        <label className={fieldClass}><span>Address (http or https)</span><input name="url" defaultValue={source.url ?? ''} className={control} /></label>
        <label className={fieldClass}><span>Publication date (YYYY-MM-DD)</span><input name="publishedAt" defaultValue={source.publishedAt ?? ''} className={control} /></label>
        <label className={fieldClass}>
          <span>Language</span>
          <select name="language" defaultValue={source.language} className={control}>
            <option value="en">English</option>
            <option value="fr">French</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="isPublic" defaultChecked={source.isPublic} /> Visitors may read the whole text</label>
        <label className={fieldClass}><span>Note (optional, kept in the history)</span><input name="note" maxLength={500} className={control} /></label>
        <button type="submit" disabled={pending} className={primaryButton}>Save details</button>
        <FormMessage state={state} />
      </form>
      <form aria-label={source.withdrawn ? 'Restore this source' : 'Withdraw this source'} className="space-y-2" onSubmit={submitVia(wDispatch)}>
        <input type="hidden" name="sourceId" value={source.id} />
        <input type="hidden" name="withdraw" value={source.withdrawn ? 'restore' : 'withdraw'} />
        <button type="submit" disabled={wPending} className={secondaryButton}>{source.withdrawn ? 'Restore this source' : 'Withdraw this source'}</button>
        <p className="text-xs text-muted">{source.withdrawn ? 'Brings the source and its figures back everywhere.' : 'Hides the source and its figures everywhere; nothing is deleted, and it can be restored here.'}</p>
        <FormMessage state={wState} />
      </form>
    </div>
  );
}
