'use server';

import { isForm, NOT_A_FORM_MESSAGE } from './not-a-form';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { currentSessionToken, requireRole } from '@/lib/auth/session';
import { displayNameFromLogin, loginSchema, newAccountSchema, newPasswordSchema } from '@/lib/auth/account-schema';
import { AccountRefused, createUser, setUserDisabled, setUserPassword } from '@/lib/data/accounts';

/**
 * Account management, for admins only. Each action checks the session and the role before it reads its input,
 * validates with zod, and answers with a message for the form: a malformed body gets a message, never an error.
 */
export type AdminActionState = { ok: boolean; message: string; values?: Record<string, string> } | null;

const PAGE = '/admin/users';
const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : undefined);
const idSchema = z.string({ error: 'That account was not understood.' }).regex(/^[1-9]\d{0,9}$/, 'That account was not understood.').transform(Number);
const firstIssue = (e: z.ZodError) => e.issues[0]?.message ?? 'Check the form.';

function refused(err: unknown): { ok: false; message: string } {
  if (err instanceof AccountRefused) return { ok: false, message: err.message };
  throw err;
}

export async function addUser(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const access = await requireRole('admin', PAGE);
  if (!access.ok) return { ok: false, message: access.message };
  const values = { login: (text(formData.get('login')) ?? '').slice(0, 200), displayName: (text(formData.get('displayName')) ?? '').slice(0, 200), role: text(formData.get('role')) ?? '' };
  const login = loginSchema.safeParse(values.login);
  const parsed = newAccountSchema.safeParse({
    login: values.login,
    displayName: values.displayName.trim() || (login.success ? displayNameFromLogin(login.data) : ''),
    role: values.role,
    password: text(formData.get('password')),
  });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error), values };
  try {
    const user = await createUser(parsed.data);
    revalidatePath(PAGE);
    return { ok: true, message: `Added ${user.displayName} (${user.login}) as ${user.role === 'admin' ? 'an admin' : 'an analyst'}.` };
  } catch (err) {
    return { ...refused(err), values };
  }
}

const disableSchema = z.object({ userId: idSchema, disabled: z.enum(['1', '0'], { error: 'That request was not understood.' }).transform((v) => v === '1') });

export async function setDisabled(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const access = await requireRole('admin', PAGE);
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = disableSchema.safeParse({ userId: text(formData.get('userId')), disabled: text(formData.get('disabled')) });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  try {
    const { displayName, endedSessions } = await setUserDisabled(access.user.id, parsed.data.userId, parsed.data.disabled);
    revalidatePath(PAGE);
    const ended = endedSessions > 0 ? ` ${endedSessions === 1 ? 'Their open session was' : `Their ${endedSessions} open sessions were`} ended.` : '';
    return { ok: true, message: parsed.data.disabled ? `Disabled ${displayName}.${ended}` : `Enabled ${displayName}: they can sign in again.` };
  } catch (err) {
    return refused(err);
  }
}

const resetSchema = z.object({ userId: idSchema, password: newPasswordSchema });

export async function resetPassword(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const access = await requireRole('admin', PAGE);
  if (!access.ok) return { ok: false, message: access.message };
  const parsed = resetSchema.safeParse({ userId: text(formData.get('userId')), password: text(formData.get('password')) });
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const self = parsed.data.userId === access.user.id;
  try {
    const { displayName } = await setUserPassword(parsed.data.userId, parsed.data.password, self ? await currentSessionToken() : undefined);
    revalidatePath(PAGE);
    return { ok: true, message: self ? 'Your password is changed; your other sessions were ended.' : `New password set for ${displayName}; their sessions were ended.` };
  } catch (err) {
    return refused(err);
  }
}
