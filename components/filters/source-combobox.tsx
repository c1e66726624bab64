'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * The source filter: a search box that offers matching sources as you type (fetched from /api/sources, at most
 * 20), instead of a <select> holding every source in the page. The chosen source's number goes in a hidden
 * `source` field, so the form stays a plain GET form and the URL stays the state. Keyboard: ↓/↑ move through the
 * suggestions, Enter picks one, Escape closes the list; clearing the box clears the filter.
 */
export interface SourceChoice {
  id: number;
  label: string;
}

function isChoices(x: unknown): x is SourceChoice[] {
  return Array.isArray(x) && x.every((o) => typeof o === 'object' && o !== null && typeof (o as SourceChoice).id === 'number' && typeof (o as SourceChoice).label === 'string');
}

export function SourceCombobox({ selected, className }: { selected: SourceChoice | null; className: string }) {
  const [text, setText] = useState(selected?.label ?? '');
  const [value, setValue] = useState<number | null>(selected?.id ?? null);
  const [choices, setChoices] = useState<SourceChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const listId = useId();
  const typed = useRef(false);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    // Wait for a pause in typing; a chosen label is not a search.
    const timer = setTimeout(async () => {
      try {
        const q = typed.current ? text : '';
        const res = await fetch(`/api/sources?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body: unknown = res.ok ? await res.json() : null;
        setChoices(isChoices(body) ? body : []);
        setFailed(!res.ok);
        setActive(-1);
      } catch (err) {
        if (!controller.signal.aborted) setFailed(err instanceof Error);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open]);

  function choose(c: SourceChoice) {
    setValue(c.id);
    setText(c.label);
    typed.current = false;
    setOpen(false);
  }

  return (
    <div className="relative">
      <input
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="All sources — type to search"
        value={text}
        maxLength={100}
        className={className}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          setValue(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(choices.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && open && active >= 0 && choices[active]) {
            e.preventDefault();
            choose(choices[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <input type="hidden" name="source" value={value ?? ''} />
      {open ? (
        <ul id={listId} role="listbox" aria-label="Matching sources" className="absolute z-20 mt-1 max-h-72 w-80 overflow-auto rounded border border-line bg-panel py-1 text-sm shadow-lg">
          {choices.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-bg text-accent' : ''}`}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              {c.label}
            </li>
          ))}
          {choices.length === 0 ? <li className="px-2 py-1 text-muted">{failed ? 'Could not load sources; try again.' : 'No matching source'}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
