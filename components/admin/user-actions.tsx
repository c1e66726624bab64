'use client';

import { useActionState } from 'react';
import { resetPassword, setDisabled, type AdminActionState } from '@/lib/actions/users';
import { PASSWORD_MIN } from '@/lib/auth/password-rules';

const BUTTON = 'rounded border border-line px-3 py-1.5 text-sm font-medium disabled:opacity-50';

function Message({ state }: { state: AdminActionState }) {
  return (
    <p role={state && !state.ok ? 'alert' : 'status'} className={`text-sm ${state && !state.ok ? 'text-[var(--disagree)]' : 'text-muted'}`}>
      {state?.message ?? ''}
    </p>
  );
}

/** Disable / enable and reset-password controls for one account (rendered for admins only). */
export function UserActions({ userId, displayName, disabled, self }: { userId: number; displayName: string; disabled: boolean; self: boolean }) {
  const [toggleState, toggle, toggling] = useActionState<AdminActionState, FormData>(setDisabled, null);
  const [resetState, reset, resetting] = useActionState<AdminActionState, FormData>(resetPassword, null);
  return (
    <div className="flex flex-col gap-3">
      {self ? null : (
        <form action={toggle} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value={disabled ? '0' : '1'} />
          <button type="submit" disabled={toggling} aria-label={`${disabled ? 'Enable' : 'Disable'} ${displayName}`} className={BUTTON}>
            {disabled ? 'Enable' : 'Disable'}
          </button>
          <Message state={toggleState} />
        </form>
      )}
      <form action={reset} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={userId} />
        <label className="flex flex-col gap-1 text-sm">
          <span>New password for {displayName}</span>
          <input name="password" type="password" required minLength={PASSWORD_MIN} autoComplete="new-password" className="rounded border border-line bg-panel px-2 py-1.5" />
        </label>
        <button type="submit" disabled={resetting} aria-label={`Set password for ${displayName}`} className={BUTTON}>Set password</button>
        <Message state={resetState} />
      </form>
    </div>
  );
}
