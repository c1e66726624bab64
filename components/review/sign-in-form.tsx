'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/lib/actions/session';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, null);
  const control = 'rounded border border-line bg-panel px-3 py-2';
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4">
      <input type="hidden" name="next" value={next} />
      <label className="flex flex-col gap-1 text-sm">
        <span>Login</span>
        {/* Keyed on the answer so React's form reset brings back the login as typed, not an empty field. */}
        <input key={`login-${state?.login ?? ''}`} name="login" required maxLength={40} autoComplete="username" autoCapitalize="none" spellCheck={false} defaultValue={state?.login ?? ''} className={control} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>Password</span>
        <input name="password" type="password" required autoComplete="current-password" autoFocus={state !== null} className={control} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {state ? <p role="alert" className="text-sm text-[var(--disagree)]">{state.message}</p> : null}
    </form>
  );
}
