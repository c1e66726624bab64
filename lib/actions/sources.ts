'use server';

import { isForm, NOT_A_FORM_MESSAGE } from './not-a-form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { addSource, PreviewOutdated, previewSource, type FigureDecision, type SourcePreview } from '@/lib/data/new-source';
import { editSourceDetails, setSourceWithdrawn, SourceEditRefused } from '@/lib/data/source-edits';
import { editSourceSchema, figureFieldsSchema, FIGURE_FIELDS, firstProblem, idField, note, sourceDetailsSchema, type SourceDetailsFields } from '@/lib/data/edit-schemas';
import { decodeDocument, DocumentRejected, MAX_DOCUMENT_BYTES } from '@/lib/ingest/ingest-document';
import { formFields, requireAnalyst, SIGN_IN_REQUIRED } from './require-analyst';
import type { FormState } from './figures';

export type NewSourceState = (NonNullable<FormState> & { preview?: SourcePreview; duplicate?: { id: number; label: string } }) | null;

const DOCUMENT_FILE = /\.(txt|md|markdown|html|htm)$/i;
const DETAIL_KEYS = ['title', 'outlet', 'url', 'publishedAt', 'language', 'isPublic'] as const;

function failed(err: unknown): { ok: false; message: string } {
  console.error('workspace action failed:', err);
  return { ok: false, message: 'The server could not do this just now; nothing was stored. Try again.' };
}

/**
 * The document from the form: an uploaded file (read as bytes, so binary and non-UTF-8 files are caught), else the
 * pasted text. Browsers send pasted line breaks as CRLF; they are stored as LF, the way files on disk usually are,
 * so the same article pasted or uploaded is one source.
 */
async function documentFrom(formData: FormData): Promise<{ raw: string; fileName: string | null } | { error: string }> {
  const file = formData.get('file');
  let bytes: Uint8Array;
  let fileName: string | null = null;
  if (file instanceof File && file.size > 0) {
    if (!DOCUMENT_FILE.test(file.name)) return { error: 'Only text files can be added: .txt, .md or .html.' };
    if (file.size > MAX_DOCUMENT_BYTES) return { error: `This file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); the limit is 2 MB.` };
    bytes = new Uint8Array(await file.arrayBuffer());
    fileName = file.name.slice(-200);
  } else {
    const text = formData.get('text');
    if (typeof text !== 'string' || text.trim() === '') return { error: 'Paste the text of the report, or choose a file.' };
    bytes = new TextEncoder().encode(text.replace(/\r\n?/g, '\n'));
  }
  try {
    return { raw: decodeDocument(bytes), fileName };
  } catch (err) {
    if (err instanceof DocumentRejected) return { error: `This document cannot be added: ${err.message}.` };
    throw err;
  }
}

function overridesFrom(d: SourceDetailsFields) {
  return { title: d.title, outlet: d.outlet, url: d.url, publishedAt: d.publishedAt, language: d.language };
}

const decisionSchema = z.enum(['accept', 'pending', 'drop'], { error: 'Choose accept, keep pending or drop.' });
const offset = z.string().regex(/^\d{1,9}$/).transform(Number);

/** The preview's decisions, one group of fields per figure (`f3.decision`, `f3.value`, …). */
function decisionsFrom(formData: FormData): FigureDecision[] | { error: string } {
  const count = z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().max(2000)).safeParse(formData.get('figureCount') ?? undefined);
  if (!count.success) return { error: 'Preview the report before saving it.' };
  const out: FigureDecision[] = [];
  for (let i = 0; i < count.data; i++) {
    const p = `f${i}.`;
    const decision = decisionSchema.safeParse(formData.get(`${p}decision`) ?? undefined);
    const start = offset.safeParse(formData.get(`${p}start`) ?? undefined);
    const end = offset.safeParse(formData.get(`${p}end`) ?? undefined);
    if (!decision.success || !start.success || !end.success) return { error: `Figure ${i + 1}: the preview form is incomplete. Preview the report again.` };
    if (decision.data === 'drop') {
      out.push({ index: i, start: start.data, end: end.data, decision: 'drop', fields: null });
      continue;
    }
    const fields = figureFieldsSchema.safeParse(Object.fromEntries(FIGURE_FIELDS.map((k) => [k, formData.get(`${p}${k}`) ?? undefined])));
    if (!fields.success) return { error: `Figure ${i + 1}: ${firstProblem(fields.error)}` };
    out.push({ index: i, start: start.data, end: end.data, decision: decision.data, fields: fields.data });
  }
  return out;
}

/**
 * /sources/new: "preview" reads and extracts without storing; "save" stores the source and the kept figures in one
 * transaction through lib/ingest and opens the new source. Anything refused is explained and nothing is stored.
 */
export async function newSourceAction(_prev: NewSourceState, formData: FormData): Promise<NewSourceState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const intent = formData.get('intent') === 'save' ? 'save' : 'preview';
  const details = sourceDetailsSchema.safeParse(formFields(formData, DETAIL_KEYS));
  if (!details.success) return { ok: false, message: firstProblem(details.error) };
  let added: number;
  try {
    const doc = await documentFrom(formData);
    if ('error' in doc) return { ok: false, message: doc.error };
    if (intent === 'preview') {
      const preview = await previewSource(doc.raw, doc.fileName, overridesFrom(details.data));
      if (preview.duplicate) return { ok: false, duplicate: preview.duplicate, message: 'This text is already in ctstats: nothing was added.' };
      const n = preview.figures.length;
      return { ok: true, preview, message: `Preview: ${n} ${n === 1 ? 'figure' : 'figures'} found. Nothing is stored until you save.` };
    }
    const decisions = decisionsFrom(formData);
    if ('error' in decisions) return { ok: false, message: decisions.error };
    const result = await addSource(doc.raw, doc.fileName, overridesFrom(details.data), details.data.isPublic, decisions);
    if (result.status === 'duplicate') return { ok: false, duplicate: { id: result.sourceId, label: result.label }, message: 'This text is already in ctstats: nothing was added.' };
    added = result.sourceId;
  } catch (err) {
    if (err instanceof PreviewOutdated || err instanceof DocumentRejected) return { ok: false, message: err.message };
    return failed(err);
  }
  revalidatePath('/', 'layout');
  redirect(`/sources/${added}?added=1`);
}

export async function editSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const parsed = editSourceSchema.safeParse(formFields(formData, [...DETAIL_KEYS, 'sourceId', 'version', 'note']));
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  const { sourceId, version, note: why, ...details } = parsed.data;
  try {
    const result = await editSourceDetails(sourceId, version, details, actor, why);
    revalidatePath('/', 'layout');
    if (result.status === 'conflict') return { ok: false, message: 'Someone changed this source after you opened it. Nothing was saved: the form now shows the current details.' };
    if (result.status === 'unchanged') return { ok: true, message: 'Nothing to save: every detail is as it was.' };
    return { ok: true, message: `Saved.${result.followed ? ` ${result.followed} ${result.followed === 1 ? 'figure follows' : 'figures follow'} the new date.` : ''}` };
  } catch (err) {
    if (err instanceof SourceEditRefused) return { ok: false, message: err.message };
    return failed(err);
  }
}

const withdrawSchema = z.object({ sourceId: idField('source'), withdraw: z.enum(['withdraw', 'restore'], { error: 'Choose withdraw or restore.' }), note });

export async function withdrawSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return { ok: false, message: NOT_A_FORM_MESSAGE };
  const actor = await requireAnalyst();
  if (!actor) return { ok: false, message: SIGN_IN_REQUIRED, signIn: true };
  const parsed = withdrawSchema.safeParse(formFields(formData, ['sourceId', 'withdraw', 'note']));
  if (!parsed.success) return { ok: false, message: firstProblem(parsed.error) };
  try {
    await setSourceWithdrawn(parsed.data.sourceId, parsed.data.withdraw === 'withdraw', actor, parsed.data.note);
  } catch (err) {
    if (err instanceof SourceEditRefused) return { ok: false, message: err.message };
    return failed(err);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: parsed.data.withdraw === 'withdraw' ? 'Withdrawn: the source and its figures are hidden. Restore brings them back.' : 'Restored.' };
}
