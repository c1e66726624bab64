import { Link } from '@/components/ui/link';
import type { FilterOptions } from '@/lib/data/figures';
import { effectiveFilters, type FigureFilters } from '@/lib/data/schemas';
import { currentAnalyst } from '@/lib/auth/session';
import { STATUS_CHOICE_LABEL } from '@/lib/view/plain-words';
import { SourceCombobox, type SourceChoice } from './source-combobox';
import { CleanGetForm } from './clean-get-form';

/**
 * The dashboard filters as a plain GET form: the URL is the state, so a reload or a shared link shows the same
 * view, and it works before any JavaScript has loaded.
 */
export async function FilterForm({ action, filters, options, selectedSource = null, show = ['q', 'metric', 'from', 'to', 'source', 'attributedTo', 'status'] }: {
  action: string;
  filters: FigureFilters;
  options: FilterOptions;
  /** The source the `source` filter names, when it names one. */
  selectedSource?: SourceChoice | null;
  show?: Array<'q' | 'metric' | 'from' | 'to' | 'source' | 'attributedTo' | 'status'>;
}) {
  // The review status this reader sees when the URL names none: Apply leaves it out of the URL (data-default).
  const defaultStatus = effectiveFilters({}, (await currentAnalyst()) !== null).status;
  const field = 'flex flex-col gap-1 text-sm';
  const control = 'rounded border border-line bg-panel px-2 py-1.5 text-ink placeholder:italic';
  // The years the data covers, said beside the year fields rather than as placeholders that read like values.
  const yearsHint = options.years.min !== null && options.years.max !== null && (show.includes('from') || show.includes('to')) ? `Figures cover ${options.years.min}–${options.years.max}.` : null;
  const yearsHintId = `${action.replace(/\W/g, '') || 'home'}-years-hint`;
  return (
    <CleanGetForm action={action} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-3" aria-label="Filters">
      {show.includes('q') ? (
        <label className={field}>
          <span>Search quotes</span>
          <input name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} placeholder="e.g. ISIS, Khiame" className={`${control} w-44`} />
        </label>
      ) : null}
      {show.includes('metric') ? (
        <label className={field}>
          <span>Metric</span>
          <select name="metric" defaultValue={filters.metric ?? ''} className={control}>
            <option value="">All metrics</option>
            {options.metrics.map((m) => (
              <option key={m.key} value={m.key}>{m.label}</option>
            ))}
          </select>
        </label>
      ) : null}
      {show.includes('from') ? (
        <label className={field}>
          <span>From year</span>
          <input name="from" type="number" inputMode="numeric" min={1900} max={2100} defaultValue={filters.from ?? ''} placeholder="any" aria-describedby={yearsHint ? yearsHintId : undefined} className={`${control} w-24`} />
        </label>
      ) : null}
      {show.includes('to') ? (
        <label className={field}>
          <span>To year</span>
          <input name="to" type="number" inputMode="numeric" min={1900} max={2100} defaultValue={filters.to ?? ''} placeholder="any" aria-describedby={yearsHint ? yearsHintId : undefined} className={`${control} w-24`} />
        </label>
      ) : null}
      {show.includes('source') ? (
        <label className={field}>
          <span>Source</span>
          <SourceCombobox selected={selectedSource} className={`${control} w-64`} />
        </label>
      ) : null}
      {show.includes('attributedTo') ? (
        <label className={field}>
          <span>Attributed to</span>
          <select name="attributedTo" defaultValue={filters.attributedTo ?? ''} className={`${control} max-w-[16rem]`}>
            <option value="">Anyone</option>
            {options.attributions.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </label>
      ) : null}
      {show.includes('status') ? (
        <label className={field}>
          <span>Review</span>
          <select name="status" defaultValue={filters.status ?? ''} data-default={defaultStatus} className={control}>
            {(['reviewed', 'current', 'pending'] as const).map((s) => (
              <option key={s} value={s}>{STATUS_CHOICE_LABEL[s]}</option>
            ))}
          </select>
        </label>
      ) : null}
      {yearsHint ? <p id={yearsHintId} className="basis-full text-xs text-muted sm:order-last">{yearsHint}</p> : null}
      {filters.sort ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink">Apply</button>
        <Link href={action} className="rounded border border-line px-3 py-1.5 text-sm">Clear</Link>
      </div>
    </CleanGetForm>
  );
}
