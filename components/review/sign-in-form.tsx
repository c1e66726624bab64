'use client';

import { useActionState } from 'react';
import { signIn, type ActionState } from '@/lib/actions/review';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signIn, null);
  const control = 'rounded border border-line bg-panel px-3 py-2';
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4">
      <input type="hidden" name="next" value={next} />
      <label className="flex flex-col gap-1 text-sm">
        <span>Your name</span>
        <input name="name" required minLength={2} maxLength={80} autoComplete="name" className={control} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>Analyst password</span>
        <input name="password" type="password" required autoComplete="current-password" className={control} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-50">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {state && !state.ok ? <p role="alert" className="text-sm text-[var(--disagree)]">{state.message}</p> : null}
    </form>
  );
}
