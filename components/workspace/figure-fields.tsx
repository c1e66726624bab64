import { QUALIFIERS } from '@/lib/domain/figure';
import { QUALIFIER_LABEL } from '@/lib/domain/qualifiers';
import type { FigureFields } from '@/lib/data/edit-schemas';

export const control = 'rounded border border-line bg-panel px-2 py-1.5 text-sm';
export const fieldClass = 'flex flex-col gap-1 text-sm';
export const primaryButton = 'rounded bg-accent px-4 py-1.5 text-sm font-medium text-accent-ink disabled:opacity-50';
export const secondaryButton = 'rounded border border-line px-3 py-1.5 text-sm disabled:opacity-50';

export interface MetricOption {
  key: string;
  label: string;
}

/**
 * The stated fields of a figure as form inputs (names match lib/data/edit-schemas.ts). Uncontrolled, so what the
 * analyst typed stays in place when the server refuses it; `idPrefix` keeps labels unique when several show at once.
 */
export function FigureFieldInputs({ values, metrics, idPrefix, namePrefix = '' }: { values: FigureFields; metrics: MetricOption[]; idPrefix: string; namePrefix?: string }) {
  const id = (k: string) => `${idPrefix}-${k}`;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className={fieldClass} htmlFor={id('metric')}>
        <span>Metric</span>
        <select id={id('metric')} name={`${namePrefix}metricKey`} defaultValue={values.metricKey} className={control}>
          {metrics.map((m) => (
            <option key={m.key} value={m.key}>{m.label}</option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className={fieldClass} htmlFor={id('qualifier')}>
          <span>Qualifier</span>
          <select id={id('qualifier')} name={`${namePrefix}qualifier`} defaultValue={values.qualifier} className={control}>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>{QUALIFIER_LABEL[q]}</option>
            ))}
          </select>
        </label>
        <label className={fieldClass} htmlFor={id('value')}>
          <span>Value</span>
          <input id={id('value')} name={`${namePrefix}value`} inputMode="numeric" defaultValue={String(values.value)} className={control} autoComplete="off" />
        </label>
      </div>
      <label className={fieldClass} htmlFor={id('periodStart')}>
        <span>Period start <span className="text-muted">(YYYY, YYYY-MM or YYYY-MM-DD)</span></span>
        <input id={id('periodStart')} name={`${namePrefix}periodStart`} defaultValue={values.periodStart ?? ''} className={control} autoComplete="off" />
      </label>
      <label className={fieldClass} htmlFor={id('periodEnd')}>
        <span>Period end</span>
        <input id={id('periodEnd')} name={`${namePrefix}periodEnd`} defaultValue={values.periodEnd ?? ''} className={control} autoComplete="off" />
      </label>
      <label className="flex items-center gap-2 text-sm" htmlFor={id('cumulative')}>
        <input id={id('cumulative')} type="checkbox" name={`${namePrefix}cumulative`} defaultChecked={values.cumulative} />
        <span>Running total (counted since the period start)</span>
      </label>
      <label className={fieldClass} htmlFor={id('asOf')}>
        <span>As of</span>
        <input id={id('asOf')} name={`${namePrefix}asOf`} defaultValue={values.asOf ?? ''} className={control} autoComplete="off" />
      </label>
      <label className={fieldClass} htmlFor={id('scope')}>
        <span>Scope <span className="text-muted">(empty = national total)</span></span>
        <input id={id('scope')} name={`${namePrefix}scope`} defaultValue={values.scope ?? ''} maxLength={200} className={control} autoComplete="off" />
      </label>
      <label className={fieldClass} htmlFor={id('attributedTo')}>
        <span>Attributed to</span>
        <input id={id('attributedTo')} name={`${namePrefix}attributedTo`} defaultValue={values.attributedTo ?? ''} maxLength={200} className={control} autoComplete="off" />
      </label>
    </div>
  );
}

/** The result line under a form: an alert when refused, a polite status otherwise. */
export function FormMessage({ state }: { state: { ok: boolean; message: string } | null }) {
  return (
    <p role={state && !state.ok ? 'alert' : 'status'} className={`text-sm ${state && !state.ok ? 'text-[var(--disagree)]' : 'text-muted'}`}>
      {state?.message ?? ''}
    </p>
  );
}
