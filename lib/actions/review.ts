'use server';

import { isForm, NOT_A_FORM_MESSAGE } from './not-a-form';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/session';
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
const NOT_A_FORM: ActionState = { ok: false, message: NOT_A_FORM_MESSAGE };

export async function reviewFigure(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return NOT_A_FORM;
  const parsed = reviewSchema.safeParse({ figureId: formData.get('figureId'), action: formData.get('action'), note: formData.get('note') ?? undefined });
  // Nothing is written without a live session; the analyst is sent to sign in and brought back to the figure.
  const access = await requireRole('analyst', parsed.success ? `/figures/${parsed.data.figureId}` : '/figures');
  if (!access.ok) return { ok: false, message: access.message };
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That request was not understood.' };
  const { figureId, action, note } = parsed.data;
  try {
    await applyReviewAction(figureId, action, access.user, note);
  } catch (err) {
    if (err instanceof ReviewRefused) return { ok: false, message: err.message };
    // Busy databases are retried inside applyReviewAction; what is left is a real failure. Nothing was written (one
    // transaction), and the analyst is told what failed instead of getting the error page.
    console.error(`review ${action} of figure ${figureId} by ${access.user.login} failed:`, err);
    return { ok: false, message: `The ${action} was not saved (${describeError(err)}). Nothing was changed; try again.` };
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: DONE[action] };
}
