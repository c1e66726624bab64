'use client';

import { Link } from '@/components/ui/link';
import { startTransition, useActionState, useState } from 'react';
import { newSourceAction, type NewSourceState } from '@/lib/actions/sources';
import { segmentText } from '@/lib/view/text-segments';
import type { SourcePreview } from '@/lib/data/new-source';
import { FigureFieldInputs, FormMessage, control, fieldClass, primaryButton, secondaryButton, type MetricOption } from './figure-fields';

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Add a report: paste or upload, preview what the engine finds (nothing stored), decide per figure, save. The form
 * is never reset by React (submits go through onSubmit), so what was typed or chosen stays after any refusal.
 */
export function NewSourceForm({ metrics }: { metrics: MetricOption[] }) {
  const [state, dispatch, pending] = useActionState<NewSourceState, FormData>(newSourceAction, null);
  const [stale, setStale] = useState(false);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const [shownPreview, setShownPreview] = useState<SourcePreview | null>(null);
  const preview = state?.preview ?? (state && !state.ok ? shownPreview : null);
  if (state?.preview && state.preview !== shownPreview) setShownPreview(state.preview);

  return (
    <form
      aria-label="Add a report"
      className="space-y-4"
      onChange={(e) => {
        const name = (e.target as unknown as HTMLInputElement).name;
        if (name === 'text' || name === 'file' || name === 'publishedAt' || name === 'language') setStale(true);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const data = new FormData(e.currentTarget, submitter);
        const file = data.get('file');
        // Checked here as well as on the server: a body over the server's limit would be cut off before it is read.
        if (file instanceof File && file.size > MAX_BYTES) return setClientProblem(`This file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); the limit is 2 MB.`);
        const text = data.get('text');
        if (file instanceof File && file.size > 0) data.delete('text');
        else if (typeof text === 'string' && new TextEncoder().encode(text).byteLength > MAX_BYTES) return setClientProblem('This text is too large; the limit is 2 MB.');
        setClientProblem(null);
        if (data.get('intent') !== 'save') setStale(false);
        startTransition(() => dispatch(data));
      }}
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <label className={fieldClass}>
          <span>Text of the report</span>
          <textarea name="text" rows={10} className={`${control} font-mono`} placeholder="Paste the article here…" />
        </label>
        <div className="space-y-3">
          <label className={fieldClass}>
            <span>…or a file (.txt, .md or .html, at most 2 MB)</span>
            <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="text-sm" />
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className={fieldClass}>
              <span>Title</span>
              <input name="title" maxLength={300} className={control} autoComplete="off" />
            </label>
            <label className={fieldClass}>
              <span>Outlet</span>
              <input name="outlet" maxLength={200} className={control} autoComplete="off" />
            </label>
            <label className={fieldClass}>
              <span>Address (http or https)</span>
              <input name="url" className={control} autoComplete="off" placeholder="https://…" />
            </label>
            <label className={fieldClass}>
              <span>Publication date (YYYY-MM-DD)</span>
              <input name="publishedAt" className={control} autoComplete="off" />
            </label>
            <label className={fieldClass}>
              <span>Language</span>
              <select name="language" defaultValue="" className={control}>
                <option value="">Detect</option>
                <option value="en">English</option>
                <option value="fr">French</option>
              </select>
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="isPublic" defaultChecked />
              <span>Visitors may read the whole text (untick for a third-party text: they then see each quote in its paragraph and the link)</span>
            </label>
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" name="intent" value="preview" disabled={pending} className={secondaryButton}>{pending ? 'Working…' : 'Preview figures'}</button>
        {preview ? (
          <button type="submit" name="intent" value="save" disabled={pending || stale} className={primaryButton}>Save source and figures</button>
        ) : null}
        {stale && preview ? <span className="text-sm text-muted">The text or its date changed: preview again before saving.</span> : null}
      </div>
      {clientProblem ? <p role="alert" className="text-sm text-[var(--disagree)]">{clientProblem}</p> : <FormMessage state={state} />}
      {state?.duplicate ? (
        <p className="text-sm">
          Already in ctstats: <Link href={`/sources/${state.duplicate.id}`} className="text-accent underline">{state.duplicate.label}</Link>
        </p>
      ) : null}
      {preview ? <PreviewPanel preview={preview} metrics={metrics} /> : null}
    </form>
  );
}

function PreviewPanel({ preview, metrics }: { preview: SourcePreview; metrics: MetricOption[] }) {
  const segments = segmentText(preview.text, preview.figures.map((f) => ({ id: f.index, start: f.start, end: f.end })), preview.bodyStart, preview.bodyEnd);
  return (
    <section aria-labelledby="preview-heading" className="grid gap-4 lg:grid-cols-2">
      <input type="hidden" name="figureCount" value={preview.figures.length} />
      <div className="rounded-lg border border-line bg-panel p-4">
        <h2 id="preview-heading" className="mb-2 text-lg font-semibold">Preview: {preview.title ?? 'untitled'}</h2>
        <p className="mb-2 text-sm text-muted">{preview.outlet ?? 'Outlet not stated'} · {preview.publishedAt ?? 'date unknown'} · {preview.language === 'fr' ? 'French' : 'English'}</p>
        <div className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words leading-relaxed" data-testid="preview-text">
          {preview.bodyStart > 0 ? <span className="text-muted">{preview.text.slice(0, preview.bodyStart)}</span> : null}
          {segments.map((s) =>
            s.ids.length ? (
              <mark key={s.start} className="figure-mark" data-status="pending">{s.text}<sup className="text-xs">{s.ids.map((i) => i + 1).join(',')}</sup></mark>
            ) : (
              <span key={s.start}>{s.text}</span>
            ),
          )}
          {preview.bodyEnd < preview.text.length ? <span className="text-muted">{preview.text.slice(preview.bodyEnd)}</span> : null}
        </div>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{preview.figures.length === 0 ? 'No figures found' : `Figures found (${preview.figures.length})`}</h3>
        {preview.figures.length === 0 ? <p className="text-sm text-muted">Saving stores the source only; figures can be added later from its page.</p> : null}
        <ol className="space-y-3" data-testid="preview-figures">
          {preview.figures.map((f) => (
            <li key={`${f.index}-${f.start}`} className="rounded border border-line bg-panel p-3">
              <input type="hidden" name={`f${f.index}.start`} value={f.start} />
              <input type="hidden" name={`f${f.index}.end`} value={f.end} />
              <p className="text-sm"><span className="font-semibold">{f.index + 1}. {f.summary}</span> · “{f.quote}”</p>
              <fieldset className="mt-2 flex flex-wrap gap-3 text-sm">
                <legend className="sr-only">Figure {f.index + 1}</legend>
                {(
                  [
                    ['accept', 'Accept (reviewed)'],
                    ['pending', 'Keep pending'],
                    ['drop', 'Drop'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className="flex items-center gap-1">
                    <input type="radio" name={`f${f.index}.decision`} value={value} defaultChecked={value === 'pending'} aria-label={`${label}: figure ${f.index + 1}`} />
                    {label}
                  </label>
                ))}
              </fieldset>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-accent">Edit figure {f.index + 1}</summary>
                <div className="mt-2">
                  <FigureFieldInputs values={f.fields} metrics={metrics} idPrefix={`preview-${f.index}`} namePrefix={`f${f.index}.`} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
