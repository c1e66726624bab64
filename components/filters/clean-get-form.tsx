'use client';

import { useEffect, useRef } from 'react';

/**
 * A GET form that sends only the fields a person set: empty fields, and fields still at their default
 * (`data-default` on the control), are taken out of the submission, so Apply writes `?q=ISIS` rather than
 * `?q=ISIS&metric=&from=&to=`. It works on the form's own submission (the `formdata` event), so the form stays a
 * plain form; without JavaScript the page redirects an address with empty parameters to the clean one.
 */
export function CleanGetForm({ children, ...props }: React.FormHTMLAttributes<HTMLFormElement> & { children: React.ReactNode }) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const clean = (e: FormDataEvent) => {
      for (const name of new Set(e.formData.keys())) {
        const values = e.formData.getAll(name);
        const control = form.elements.namedItem(name);
        const fallback = control instanceof HTMLElement ? control.dataset.default : undefined;
        if (values.every((v) => v === '' || (fallback !== undefined && v === fallback))) e.formData.delete(name);
      }
    };
    form.addEventListener('formdata', clean);
    return () => form.removeEventListener('formdata', clean);
  }, []);
  return (
    <form ref={ref} method="get" {...props}>
      {children}
    </form>
  );
}
