'use client';

import { Link } from '@/components/ui/link';
import { useEffect, useRef, useState } from 'react';

/**
 * Wraps a source's text: when the analyst selects words in it, offers "Add a figure from this selection". The
 * offsets are counted in the rendered text, which is the stored text character for character (SourceText renders
 * every character once, as text); the server checks them again before storing anything.
 */
export function SelectionToFigure({ sourceId, children }: { sourceId: number; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = box.current?.querySelector('[data-testid="source-text"]');
      const sel = window.getSelection();
      if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setRange(null);
      const r = sel.getRangeAt(0);
      if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return setRange(null);
      const before = document.createRange();
      before.selectNodeContents(root);
      before.setEnd(r.startContainer, r.startOffset);
      const start = before.toString().length;
      const end = start + r.toString().length;
      setRange(end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  return (
    <div ref={box}>
      <div className="sticky top-0 z-10 mb-2 min-h-9 bg-panel py-1" aria-live="polite">
        {range ? (
          <Link href={`/sources/${sourceId}/figures/new?start=${range.start}&end=${range.end}`} className="inline-block rounded bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
            Add a figure from this selection
          </Link>
        ) : (
          <p className="text-sm text-muted">Select the words that state a missed figure to add it.</p>
        )}
      </div>
      {children}
    </div>
  );
}
