import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

/**
 * What an account is made of, validated the same way wherever it enters: the user:add command, the admin page
 * and the sign-in form. Pure (zod only), so the CLI and the server actions share one set of rules and messages.
 */
export const ROLES = ['analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = { analyst: 'Analyst', admin: 'Admin' };

/** Logins are case-insensitive: stored and compared lower-case. */
export const loginSchema = z
  .string({ error: 'Enter a login.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter a login.')
  .max(40, 'A login is at most 40 characters.')
  .regex(/^[a-z0-9][a-z0-9._-]+$/, 'A login is 2 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit.');

export const displayNameSchema = z
  .string({ error: 'Enter a display name.' })
  .trim()
  .min(2, 'A display name needs at least 2 characters: it is shown with every review.')
  .max(80, 'A display name is at most 80 characters.')
  .refine((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s), 'A display name cannot contain control characters.');

export const roleSchema = z.enum(ROLES, { error: 'The role must be "admin" or "analyst".' });

/** Passwords are taken as typed (never trimmed): a trailing space is part of the password. */
export const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(1, 'Enter a password.')
  .min(PASSWORD_MIN, `A password needs at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `A password is at most ${PASSWORD_MAX} characters.`)
  .refine((s) => s.trim().length > 0, 'A password cannot be only spaces.');

export const newAccountSchema = z.object({
  login: loginSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type NewAccount = z.infer<typeof newAccountSchema>;

/** A display name from a login when none is given: "ada.lovelace" → "Ada Lovelace". */
export function displayNameFromLogin(login: string): string {
  return login
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
