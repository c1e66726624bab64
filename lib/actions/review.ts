'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { analystPassword } from '@/lib/auth/password';
import { currentAnalyst, endSession, startSession } from '@/lib/auth/session';
import { passwordMatches } from '@/lib/auth/token';
import { describeError } from '@/lib/db/errors';
import { hasControlCharacters } from '@/lib/data/schemas';
import { applyReviewAction, REVIEW_ACTIONS, ReviewRefused } from '@/lib/data/review';

export type ActionState = { ok: boolean; message: string } | null;

const reviewSchema = z.object({
  figureId: z.string().regex(/^[1-9]\d{0,9}$/).transform(Number),
  action: z.enum(REVIEW_ACTIONS),
  note: z
    .string()
    .trim()
    .max(500, 'A note can be at most 500 characters.')
    .refine((n) => !hasControlCharacters(n), 'A note cannot contain control characters.')
    .optional()
    .transform((n) => (n ? n : null)),
});

const DONE: Record<(typeof REVIEW_ACTIONS)[number], string> = {
  accept: 'Marked as reviewed.',
  reject: 'Rejected: the figure is hidden from charts and tables.',
  reset: 'Back to pending review.',
  delete: 'Deleted. It can be restored from this page.',
  restore: 'Restored.',
};

/** Actions are public endpoints: whatever a client sends as the form is checked before it is read. */
const NOT_A_FORM: ActionState = { ok: false, message: 'That request was not understood: it did not send a form.' };

export async function reviewFigure(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = reviewSchema.safeParse({ figureId: formData.get('figureId'), action: formData.get('action'), note: formData.get('note') ?? undefined });
  const actor = await currentAnalyst();
  // Nothing is written without a valid session; the analyst is sent to sign in and brought back to the figure.
  if (!actor) redirect(`/signin?expired=1&next=${encodeURIComponent(parsed.success ? `/figures/${parsed.data.figureId}` : '/figures')}`);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That request was not understood.' };
  const { figureId, action, note } = parsed.data;
  try {
    await applyReviewAction(figureId, action, actor, note);
  } catch (err) {
    if (err instanceof ReviewRefused) return { ok: false, message: err.message };
    // Busy databases are retried inside applyReviewAction; what is left is a real failure. Nothing was written (one
    // transaction), and the analyst is told what failed instead of getting the error page.
    console.error(`review ${action} of figure ${figureId} by ${actor} failed:`, err);
    return { ok: false, message: `The ${action} was not saved (${describeError(err)}). Nothing was changed; try again.` };
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: DONE[action] };
}

const signInSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Give your name (at least 2 characters): it is recorded with each review.')
    .max(80, 'Names are at most 80 characters.')
    .refine((n) => !hasControlCharacters(n), 'A name cannot contain control characters.'),
  password: z.string().min(1, 'Enter the analyst password.').max(200),
  next: z.string().optional(),
});

/** Only same-site paths: never redirect a signed-in analyst to another host. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/figures?status=pending';
}

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = signInSchema.safeParse({ name: formData.get('name'), password: formData.get('password'), next: formData.get('next') ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the form.' };
  const password = analystPassword();
  if (!password) return { ok: false, message: 'Review is not set up on this server: set CTSTATS_ANALYST_PASSWORD or run `npm run db:prepare`.' };
  if (!passwordMatches(password, parsed.data.password)) {
    await new Promise((r) => setTimeout(r, 400)); // slows guessing
    return { ok: false, message: 'That password is not right.' };
  }
  await startSession(parsed.data.name, password);
  redirect(safeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/');
}
