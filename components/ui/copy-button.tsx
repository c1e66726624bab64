'use client';

import { useState } from 'react';

/**
 * Copies a text (a citation, a link) to the clipboard and says so. When the clipboard is refused (an insecure
 * page, a denied permission) it says that instead, and the text stays on the page to select by hand. `text`
 * null copies the page's own address (without its #fragment).
 */
export function CopyButton({ text, label, done = 'Copied' }: { text: string | null; label: string; done?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    const value = text ?? window.location.href.replace(/#.*$/, '');
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded border border-line px-3 py-1 text-sm hover:bg-bg">
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {state === 'copied' ? done : state === 'failed' ? 'Could not copy: select the text and copy it' : ''}
      </span>
    </span>
  );
}
