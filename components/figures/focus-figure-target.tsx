'use client';

import { useEffect } from 'react';

/**
 * Arriving at `/sources/N#figure-M` (the figure page's "read the whole source" link): the quote of figure M is
 * marked as the one you came for and takes the keyboard focus, so it is found at a glance and Tab continues from
 * it. CSS `:target` marks it without JavaScript too, but not after a client-side navigation (pushState does not
 * change the target), hence the class.
 */
export function FocusFigureTarget() {
  useEffect(() => {
    const show = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!/^figure-\d+$/.test(id)) return;
      const el = document.getElementById(id);
      if (!el) return;
      for (const old of document.querySelectorAll('.is-target')) old.classList.remove('is-target');
      el.classList.add('is-target');
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    };
    show();
    window.addEventListener('hashchange', show);
    return () => window.removeEventListener('hashchange', show);
  }, []);
  return null;
}
