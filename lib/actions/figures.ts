'use server';

import { isForm, NOT_A_FORM_MESSAGE } from './not-a-form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { correctFigure, CorrectionRefused, type FigureEditState } from '@/lib/data/corrections';
import { addAnalystFigure, AddFigureRefused } from '@/lib/data/analyst-figures';
import { acceptRestOfSource } from '@/lib/data/review-queue';
import { addFigureSchema, correctFigureSchema, FIELD_LABELS, FIGURE_FIELDS, firstProblem, idField, type FigureField } from '@/lib/data/edit-schemas';
import { formFields, requireAnalyst, SIGN_IN_REQUIRED } from './require-analyst';

export type FormState = { ok: boolean; message: string; signIn?: boolean } | null;
export type CorrectState = (NonNullable<FormState> & { conflict?: FigureEditState; changed?: FigureField[] }) | null;
export type AddFigureState = (NonNullable<FormState> & { figureId?: number }) | null;

const FIGURE_KEYS = [...FIGURE_FIELDS, 'figureId', 'version', 'note'] as const;

/** Logged on the server; the analyst gets a plain sentence, never a 500 page. */
function failed(err: unknown): { ok: false; message: string } {
  console.error('workspace action failed:', err);
  return { ok: false, message: 'The server could not save this just now; nothing was changed. Try again.' };
}

export async function correctFigureAction(_prev: CorrectState, formData: FormData): Promise<CorrectState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const parsed = correctFigureSchema.safeParse(formFields(formData, FIGURE_KEYS));
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  const { figureId, version, note, ...fields } = parsed.data;
  try {
    const result = await correctFigure(figureId, version, fields, actor, note);
    if (result.status === 'conflict') {
      revalidatePath(`/figures/${figureId}`);
      return {
        ok: false,
        conflict: result.current,
        message: 'Someone changed this figure after you opened it. Nothing was saved: the form now shows the current values; check them and save again if your correction still applies.',
      };
    }
    if (result.status === 'unchanged') return { ok: true, message: 'Nothing to save: every field is as it was.' };
    revalidatePath('/', 'layout');
    return { ok: true, changed: result.changed, message: `Saved: ${result.changed.map((f) => FIELD_LABELS[f].toLowerCase()).join(', ')}.` };
  } catch (err) {
    if (err instanceof CorrectionRefused) return { ok: false, message: err.message };
    return failed(err);
  }
}

const ADD_KEYS = [...FIGURE_FIELDS, 'sourceId', 'quoteStart', 'quoteEnd', 'quote', 'valueText', 'note'] as const;

export async function addFigureAction(_prev: AddFigureState, formData: FormData): Promise<AddFigureState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const parsed = addFigureSchema.safeParse(formFields(formData, ADD_KEYS));
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  let id: number;
  try {
    id = await addAnalystFigure(parsed.data, actor);
  } catch (err) {
    if (err instanceof AddFigureRefused) return { ok: false, message: err.message };
    return failed(err);
  }
  revalidatePath('/', 'layout');
  redirect(`/figures/${id}?added=1`);
}

export async function acceptRestOfSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const parsed = idField('source').safeParse(formData.get('sourceId') ?? undefined);
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  try {
    const n = await acceptRestOfSource(parsed.data, actor);
    revalidatePath('/', 'layout');
    return { ok: true, message: n === 0 ? 'No figure of this source awaits review.' : `Accepted ${n} ${n === 1 ? 'figure' : 'figures'} of this source.` };
  } catch (err) {
    return failed(err);
  }
}
