'use server';

import { isForm, NOT_A_FORM_MESSAGE } from './not-a-form';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAddress, endSession, setSessionCookie } from '@/lib/auth/session';
import { afterSignIn } from '@/lib/auth/safe-next';
import { PASSWORD_MAX } from '@/lib/auth/password-rules';
import { signInWithPassword } from '@/lib/data/accounts';

/** What the sign-in form gets back: the message, and the login as typed so the form keeps it. */
export type SignInState = { message: string; login: string } | null;

const field = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : undefined);

const signInSchema = z.object({
  login: z.string({ error: 'Enter your login.' }).trim().toLowerCase().min(1, 'Enter your login.').max(40, 'That login and password do not match.'),
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(PASSWORD_MAX, 'That login and password do not match.'),
});

export async function signIn(_prev: SignInState, formData: FormData): Promise<SignInState> {
  if (!isForm(formData)) return { message: NOT_A_FORM_MESSAGE, login: '' };
  const typed = (field(formData.get('login')) ?? '').slice(0, 200);
  const parsed = signInSchema.safeParse({ login: field(formData.get('login')), password: field(formData.get('password')) });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? 'Check the form.', login: typed };
  const result = await signInWithPassword(parsed.data.login, parsed.data.password, await clientAddress());
  if (!result.ok) {
    const message =
      result.reason === 'throttled'
        ? `Too many attempts, try again in ${result.retryAfterSeconds} s.`
        : result.reason === 'disabled'
          ? 'This account is disabled. Ask an admin to enable it.'
          : 'That login and password do not match.';
    return { message, login: typed };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(afterSignIn(field(formData.get('next'))));
}

/** Ends the session in the database at once, so a copy of the cookie is worthless from now on. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect('/');
}
