'use client';

import { useActionState } from 'react';
import { addUser, type AdminActionState } from '@/lib/actions/users';
import { PASSWORD_MIN } from '@/lib/auth/password-rules';

const CONTROL = 'rounded border border-line bg-panel px-3 py-2';

/** Adds an account. On a refusal the form keeps what was typed (except the password). */
export function AddUserForm() {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(addUser, null);
  const v = state?.ok ? undefined : state?.values;
  // A new key after each answer re-mounts the fields with the values the server sent back.
  const k = JSON.stringify(state);
  return (
    <form action={action} aria-label="Add an account" className="grid gap-3 sm:grid-cols-2">
      <label className="flex flex-col gap-1 text-sm">
        <span>Login</span>
        <input key={`l${k}`} name="login" required maxLength={40} autoComplete="off" autoCapitalize="none" spellCheck={false} defaultValue={v?.login ?? ''} className={CONTROL} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>Display name (optional)</span>
        <input key={`n${k}`} name="displayName" maxLength={80} autoComplete="off" defaultValue={v?.displayName ?? ''} className={CONTROL} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>Role</span>
        <select key={`r${k}`} name="role" defaultValue={v?.role ?? 'analyst'} className={CONTROL}>
          <option value="analyst">Analyst — reviews and corrects figures</option>
          <option value="admin">Admin — also manages accounts</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>Password (at least {PASSWORD_MIN} characters)</span>
        <input name="password" type="password" required autoComplete="new-password" className={CONTROL} />
      </label>
      <div className="sm:col-span-2 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
          {pending ? 'Adding…' : 'Add account'}
        </button>
        <p role={state && !state.ok ? 'alert' : 'status'} className={`text-sm ${state && !state.ok ? 'text-[var(--disagree)]' : 'text-muted'}`}>
          {state?.message ?? ''}
        </p>
      </div>
    </form>
  );
}
